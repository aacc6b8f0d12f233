// Template tests: what `cdk deploy` would create, with the context from cdk.json.

import { Match } from 'aws-cdk-lib/assertions';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../lib/check.js';
import { buildStack } from './cdk-harness.js';

afterAll(() => CloudAssembly.cleanupTemporaryDirectories());

type Statement = { Sid?: string; Action: string | string[]; Resource: unknown };

function checkerStatements(template: ReturnType<typeof buildStack>['template']): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^CheckerRole') }] },
  });
  return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
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

  it('sends object-created events under incoming/ only to the queue', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            QueueArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Uploads'), 'Arn'] },
          },
        ],
      },
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
      Environment: {
        Variables: {
          INPUT_PREFIX: 'incoming/',
          REPORT_PREFIX: 'reports/',
          MAX_BYTES: String(MAX_INPUT_BYTES),
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
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
      ['WriteReports', ['s3:GetObject', 's3:PutObject']],
      ['TellMissingFromForbidden', ['s3:ListBucket']],
    ]);
    const resource = (sid: string) => JSON.stringify(statements.find((s) => s.Sid === sid)?.Resource);
    expect(resource('ReadUploads')).toContain('"/incoming/*"');
    expect(resource('WriteReports')).toContain('"/reports/*"');
    for (const s of statements) {
      expect(actions(s).some((a) => a.endsWith('*'))).toBe(false);
      expect(s.Resource).not.toBe('*');
    }
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
});
