/**
 * The one door from the CLI to Sift's typed SDK. Every other CLI file imports the client, the
 * typed documents and their result types from here: the installable `@sift/sdk` package, the one
 * partners use.
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
} from '@sift/sdk';
export type {
  ApplicationsQuery,
  JobPostsQuery,
  SiftClient,
  TaskFieldsFragment,
  TaskProgressSubscription,
  TaskQuery,
  UploadFile,
} from '@sift/sdk';
