import { readFile } from 'node:fs/promises';
import { parse, validate, type GraphQLSchema, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createProgressBus, type ProgressBus } from './pubsub.js';
import { depthRule, queryComplexity } from './limits.js';
import { createSchema } from './schema.js';

// The partner SDK's own operations must pass the default limits at the largest page size.
describe('query limits and the SDK operations', () => {
  const config = loadConfig({});
  let bus: ProgressBus;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    bus = createProgressBus(config.redisUrl, 'limits-test');
    schema = await createSchema(bus.typeGraphqlPubSub);
  });
  afterAll(() => bus.dispose());

  it('every SDK operation fits the default depth and complexity at first: 100', async () => {
    const document = parse(await readFile(new URL('../../sdk/operations.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, document, [depthRule(config.limits.maxQueryDepth)])).toEqual([]);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    expect(operations.length).toBeGreaterThan(10);
    const costs: Record<string, number> = {};
    for (const op of operations) {
      // A value for every variable the operation declares (first: 100, the largest page).
      const sample: Record<string, unknown> = {
        ID: 'x',
        String: 'n',
        Int: 100,
        ApplicationStatus: 'REVIEW',
        JobPostStatus: 'OPEN',
        CreateJobPostInput: { title: 't', description: 'd' },
        UpdateJobPostInput: {},
        CreateWebhookEndpointInput: { url: 'https://example.com/hooks', events: ['TASK_COMPLETED'] },
      };
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample[namedType(v.type)] ?? null]),
      );
      costs[op.name!.value] = queryComplexity(schema, document, variables, op.name!.value);
    }
    expect(costs.Applications).toBeGreaterThan(1_000); // the estimator does multiply pages
    for (const [name, cost] of Object.entries(costs)) {
      expect(cost, name).toBeLessThanOrEqual(config.limits.maxQueryComplexity);
    }
  });

  it('a smaller page costs proportionally less', () => {
    const document = parse('query($first: Int) { applications(first: $first) { edges { node { id score } } } }');
    const at = (first: number) => queryComplexity(schema, document, { first });
    expect(at(10)).toBeLessThan(at(100));
    expect(at(100) - 1).toBe(10 * (at(10) - 1));
  });
});

function namedType(type: TypeNode): string {
  return type.kind === 'NamedType' ? type.name.value : namedType(type.type);
}
