// Template tests: what `cdk deploy` would create, with the context from cdk.json.

import { Match } from 'aws-cdk-lib/assertions';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../lib/check.js';
import { buildStack } from './cdk-harness.js';

afterAll(() => CloudAssembly.cleanupTemporaryDirectories());

type Statement = { Sid?: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
type Template = ReturnType<typeof buildStack>['template'];

function roleStatements(template: Template, role: RegExp): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((p) => JSON.stringify(p.Properties.Roles).match(role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}

const checkerStatements = (template: Template) => roleStatements(template, /"CheckerRole/);

/** The state machine's definition, with CloudFormation references replaced by their logical ids. */
function definition(template: Template): Record<string, any> {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  const parts = machine.Properties.DefinitionString['Fn::Join'][1] as unknown[];
  return JSON.parse(parts.map((p) => (typeof p === 'string' ? p : `<${JSON.stringify(p).replace(/"/g, '')}>`)).join(''));
}

const actions = (s: Statement) => [s.Action].flat();

describe('default stack (new bucket)', () => {
  const { template } = buildStack();

  it('creates a private, TLS-only, encrypted, versioned bucket with access logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^AccessLogs') }, LogFilePrefix: 'documents/' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('^Documents') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('sends object-created and object-removed events under incoming/ only to the queue', () => {
    const queued = (event: string) => ({
      Events: [event],
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
      QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Uploads'), 'Arn'] },
    });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { QueueConfigurations: [queued('s3:ObjectCreated:*'), queued('s3:ObjectRemoved:*')] },
    });
  });

  it('puts a DLQ behind the queue and alarms on it', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 1080,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DeadLetters'), 'Arn'] }, maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 14 * 24 * 3600, SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DeadLetters'), 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('runs the handler on Node.js 24, ARM64, with source maps and the settings from context', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1536,
      Environment: {
        Variables: {
          INPUT_PREFIX: 'incoming/',
          REPORT_PREFIX: 'reports/',
          MAX_BYTES: String(MAX_INPUT_BYTES),
          HTML_REPORTS: 'true',
          NODE_OPTIONS: '--enable-source-maps --max-old-space-size=1024 --max-semi-space-size=2',
        },
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Environment: { Variables: Match.objectLike({ QUEUE_URL: { Ref: Match.stringLikeRegexp('^Uploads') } }) },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Uploads'), 'Arn'] },
    });
  });

  it('grants read on the input prefix and write on the report prefix, nothing wider', () => {
    const statements = checkerStatements(template);
    const s3 = statements.filter((s) => actions(s).some((a) => a.startsWith('s3:')));
    expect(s3.map((s) => [s.Sid, actions(s).sort()])).toEqual([
      ['ReadUploads', ['s3:GetObject', 's3:GetObjectVersion']],
      ['WriteReports', ['s3:DeleteObject', 's3:GetObject', 's3:PutObject']],
      ['TellMissingFromForbidden', ['s3:ListBucket']],
    ]);
    const resource = (sid: string) => JSON.stringify(statements.find((s) => s.Sid === sid)?.Resource);
    expect(resource('ReadUploads')).toContain('"/incoming/*"');
    expect(resource('WriteReports')).toContain('"/reports/*"');
    for (const s of statements) {
      expect(actions(s).some((a) => a.endsWith('*'))).toBe(false);
      expect(s.Resource).not.toBe('*');
    }
    // Re-check messages for the translations of a changed source go to its own queue, nowhere else.
    const send = statements.filter((s) => actions(s).includes('sqs:SendMessage'));
    expect(send.map((s) => [s.Sid, actions(s), s.Resource])).toEqual([
      ['RequeueTranslations', ['sqs:SendMessage'], { 'Fn::GetAtt': [expect.stringMatching(/^Uploads/), 'Arn'] }],
    ]);
    // No managed policies on the function's role (the basic execution role may write any log group).
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] },
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('tells where to drop files and where reports appear', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['DropFilesHere', 'ReportsAppearIn', 'DeadLetterQueueUrl']));
    expect(JSON.stringify(outputs.DropFilesHere.Value)).toContain('/incoming/');
    expect(JSON.stringify(outputs.ReportsAppearIn.Value)).toContain('/reports/');
  });
});

describe('bulk re-check workflow', () => {
  const { template } = buildStack();
  const states = definition(template).States;
  const map = states['Check objects'];

  it('lists the prefix from the input, batches keys and runs them with bounded concurrency', () => {
    expect(map.Type).toBe('Map');
    expect(map.ItemReader).toMatchObject({ Resource: expect.stringContaining(':states:::s3:listObjectsV2'), Parameters: { 'Prefix.$': '$.prefix' } });
    expect(map.ItemBatcher).toEqual({ MaxItemsPerBatch: 20, BatchInput: { bucket: expect.stringContaining('Documents'), 'force.$': '$.force' } });
    expect(map.MaxConcurrency).toBe(10);
    expect(map.ToleratedFailurePercentage).toBe(100);
    expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' });
    expect(map.ResultWriter.Parameters).toMatchObject({ Prefix: 'recheck-runs/' });
    expect(map.Next).toBe('Write the summary');
    expect(map.ItemProcessor.States['Check a batch'].Retry.map((r: { ErrorEquals: string[] }) => r.ErrorEquals).flat()).toEqual(
      expect.arrayContaining(['Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'States.TaskFailed']),
    );
    expect(states['Write the summary'].Parameters).toMatchObject({ 'execution.$': '$$.Execution.Name', 'results.$': '$.map.ResultWriterDetails' });
  });

  it('defaults the prefix to the input prefix and refuses one outside it', () => {
    expect(states.Defaults.Parameters).toEqual({ prefix: 'incoming/', force: false });
    const choice = states['Prefix inside the input prefix?'];
    expect(choice.Choices[0]).toMatchObject({ And: [{ Variable: '$.prefix', IsString: true }, { Variable: '$.prefix', StringMatches: 'incoming/*' }], Next: 'Check objects' });
    expect(choice.Default).toBe('Prefix outside the input prefix');
  });

  it('may list only under the input prefix and write only its own results', () => {
    const statements = roleStatements(template, /RecheckStateMachineRole/);
    const list = statements.find((s) => actions(s).includes('s3:ListBucket'));
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': 'incoming/*' } });
    const writes = statements.filter((s) => actions(s).includes('s3:PutObject'));
    expect(writes.map((s) => JSON.stringify(s.Resource))).toEqual([expect.stringContaining('/recheck-runs/*')]);
  });

  it('gives the batch function the checker’s permissions and the summary function only the run results', () => {
    const s3 = (statements: Statement[]) => statements.filter((s) => actions(s).some((a) => a.startsWith('s3:')));
    expect(s3(roleStatements(template, /RecheckBatchRole/))).toEqual(s3(checkerStatements(template)));
    expect(s3(roleStatements(template, /RecheckSummaryRole/)).map((s) => [actions(s).sort(), JSON.stringify(s.Resource)])).toEqual([
      [['s3:GetObject', 's3:PutObject'], expect.stringContaining('/recheck-runs/*')],
    ]);
  });

  it('logs every execution event without execution data, and says how to start a run', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const outputs = template.findOutputs('*');
    expect(JSON.stringify(outputs.RecheckCommand.Value)).toContain('aws stepfunctions start-execution --state-machine-arn ');
    expect(JSON.stringify(outputs.RecheckCommand.Value)).toContain(`--input '{\\"prefix\\": \\"incoming/\\"}'`);
  });
});

describe('context options', () => {
  it('uses an existing bucket by name without creating one', () => {
    const { template } = buildStack({ 'mtqa:bucketName': 'team-translations' });
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.hasResourceProperties('Custom::S3BucketNotifications', { BucketName: 'team-translations' });
    const read = checkerStatements(template).find((s) => s.Sid === 'ReadUploads');
    expect(JSON.stringify(read?.Resource)).toContain(':s3:::team-translations/incoming/*');
  });

  it('takes prefixes, the size limit and an alarm topic from context', () => {
    const topic = 'arn:aws:sns:eu-west-1:123456789012:ops';
    const { template } = buildStack({
      'mtqa:inputPrefix': 'in/',
      'mtqa:reportPrefix': 'out/',
      'mtqa:maxBytes': '1048576',
      'mtqa:alarmTopicArn': topic,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ INPUT_PREFIX: 'in/', REPORT_PREFIX: 'out/', MAX_BYTES: '1048576' }) },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmActions: [topic] });
    const write = checkerStatements(template).find((s) => s.Sid === 'WriteReports');
    expect(JSON.stringify(write?.Resource)).toContain('"/out/*"');
  });

  it('refuses prefixes that would feed reports back in', () => {
    expect(() => buildStack({ 'mtqa:reportPrefix': 'incoming/reports/' })).toThrow(/must not contain each other/);
  });

  it('takes the re-check prefix and concurrency from context, and refuses a prefix among inputs or reports', () => {
    const { template } = buildStack({ 'mtqa:recheckPrefix': 'runs/', 'mtqa:recheckConcurrency': '3', 'mtqa:htmlReports': 'false' });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ HTML_REPORTS: 'false' }) } });
    const map = definition(template).States['Check objects'];
    expect(map.MaxConcurrency).toBe(3);
    expect(map.ResultWriter.Parameters.Prefix).toBe('runs/');
    expect(() => buildStack({ 'mtqa:recheckPrefix': 'incoming/runs/' })).toThrow(/must not contain each other/);
    expect(() => buildStack({ 'mtqa:recheckPrefix': 'reports/' })).toThrow(/must not contain each other/);
    expect(() => buildStack({ 'mtqa:recheckConcurrency': '0' })).toThrow(/recheckConcurrency/);
    expect(() => buildStack({ 'mtqa:htmlReports': 'no' })).toThrow(/htmlReports/);
  });
});
