/**
 * The one door from the CLI to Sift's typed SDK. Every other CLI file imports the client, the
 * typed documents and their result types from here, so where the SDK lives (today `src/sdk`,
 * tomorrow an installable package) is decided in this file alone.
 */
export {
  ApplicationsDocument,
  CancelTaskDocument,
  CreateJobPostDocument,
  JobPostDocument,
  JobPostsDocument,
  ProcessResumesDocument,
  RetryFailedDocument,
  SiftApiError,
  TaskDocument,
  TaskProgressDocument,
  ViewerDocument,
  createSiftClient,
} from '../sdk/client.js';
export type {
  ApplicationsQuery,
  JobPostsQuery,
  SiftClient,
  TaskFieldsFragment,
  TaskProgressSubscription,
  TaskQuery,
  UploadFile,
} from '../sdk/client.js';
