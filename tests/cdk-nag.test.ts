// cdk-nag's AwsSolutions pack passes on both stack variants, with only the acknowledged findings.

import { Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStack } from './cdk-harness.js';

afterAll(() => CloudAssembly.cleanupTemporaryDirectories());

describe('cdk-nag AwsSolutions', () => {
  it.each([
    ['a new bucket', {}],
    ['an existing bucket', { 'mtqa:bucketName': 'team-translations' }],
  ])('passes with %s', (_name, context) => {
    const { app, stack } = buildStack(context);
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges only the expected findings, each with a written reason', () => {
    const { stack } = buildStack();
    const acks = Object.assign(
      {},
      ...stack.node
        .findAll()
        .flatMap((c) => c.node.metadata)
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .map((m) => m.data as Record<string, string>),
    ) as Record<string, string>;
    // IAM4: CDK's own bucket-notification handler. IAM5: the prefix wildcards (inputs, reports,
    // re-check runs), log delivery, versions of the two re-check functions, the map's child
    // executions. SF2: no X-Ray on the re-check workflow.
    const kind = (id: string) =>
      id
        .replace(/^Annotation::/, '')
        .replace(/^AwsSolutions-IAM5\[Resource::.*\/(\w[\w-]*)\/\*\]$/, 'IAM5 $1/')
        .replace(/^AwsSolutions-IAM5\[Resource::<(Recheck\w+?)[0-9A-F]{8}\.Arn>:\*\]$/, 'IAM5 $1 versions')
        .replace(/^AwsSolutions-IAM5\[Resource::.*:execution:.*\]$/, 'IAM5 executions')
        .replace(/^AwsSolutions-IAM5\[Resource::\*\]$/, 'IAM5 *')
        .replace(/^AwsSolutions-(IAM4|SF2).*$/, '$1');
    expect(Object.keys(acks).map(kind).sort()).toEqual([
      'IAM4',
      'IAM5 *',
      'IAM5 RecheckBatch versions',
      'IAM5 RecheckSummary versions',
      'IAM5 executions',
      'IAM5 executions',
      'IAM5 incoming/',
      'IAM5 recheck-runs/',
      'IAM5 reports/',
      'SF2',
    ]);
    for (const reason of Object.values(acks)) expect(reason.length).toBeGreaterThan(30);
  });

  it('still catches a new wildcard (the check is live)', () => {
    const { app, stack } = buildStack();
    const role = stack.node.findChild('CheckerRole') as Role;
    role.addToPolicy(new PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.success).toBe(false);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-IAM5[Action::s3:*]');
  });
});
