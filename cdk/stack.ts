// The deployed pipeline: S3 (object created under the input prefix) → SQS → Lambda → report
// under the report prefix, with a dead-letter queue and an alarm on it.
//
// Why SQS between S3 and Lambda rather than S3 invoking Lambda directly: the queue is a durable
// buffer that absorbs bursts (the event source mapping caps concurrency instead of throttling S3's
// async invokes); a failure is retried per message with partial batch responses; and what keeps
// failing lands in a DLQ whose messages are the original S3 events, which SQS can move back to the
// source queue with one "redrive" call. An S3 → Lambda on-failure destination keeps only an
// invocation record, which nothing redrives without custom tooling.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { AssetHashType, CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  ObjectOwnership,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { Settings } from './settings.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Enough for a batch of the largest documents; the queue's visibility timeout is 6× this. */
const FUNCTION_TIMEOUT = Duration.minutes(3);
/** Deliveries before a message moves to the DLQ (each after a visibility timeout). */
const MAX_RECEIVE_COUNT = 5;

export interface MtqaStackProps extends StackProps {
  settings: Settings;
}

export class MtqaStack extends Stack {
  constructor(scope: Construct, id: string, props: MtqaStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const bucket = settings.bucketName
      ? Bucket.fromBucketName(this, 'Documents', settings.bucketName)
      : this.createBucket();

    const deadLetters = new Queue(this, 'DeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const uploads = new Queue(this, 'Uploads', {
      // AWS's guidance for SQS event sources: at least 6× the function timeout, so that a message
      // is not redelivered while a throttled or retrying invocation still holds it.
      visibilityTimeout: Duration.seconds(FUNCTION_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(uploads), { prefix: settings.inputPrefix });

    const checker = this.createFunction(bucket, settings);
    checker.addEventSource(
      new SqsEventSource(uploads, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: 20 }),
    );

    const alarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'mtqa: uploads failed repeatedly and are in the dead-letter queue. See the README, "Operating".',
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (settings.alarmTopicArn) alarm.addAlarmAction(new SnsAction(Topic.fromTopicArn(this, 'AlarmTopic', settings.alarmTopicArn)));

    this.acknowledgeNotificationHandler();

    const s3 = `s3://${bucket.bucketName}`;
    new CfnOutput(this, 'DropFilesHere', { value: `${s3}/${settings.inputPrefix}`, description: 'Upload text files here' });
    new CfnOutput(this, 'ReportsAppearIn', {
      value: `${s3}/${settings.reportPrefix}`,
      description: `Each <input prefix><path> gets ${settings.reportPrefix}<path>.report.json`,
    });
    new CfnOutput(this, 'TryIt', {
      value: `aws s3 cp my-file.txt ${s3}/${settings.inputPrefix} && sleep 5 && aws s3 cp ${s3}/${settings.reportPrefix}my-file.txt.report.json -`,
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: deadLetters.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: deadLetters.queueArn, description: 'Redrive source' });
    new CfnOutput(this, 'UploadQueueArn', { value: uploads.queueArn, description: 'Redrive destination' });
    new CfnOutput(this, 'FunctionLogGroup', { value: checker.logGroup.logGroupName });
  }

  private createBucket(): Bucket {
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 server access logging can only deliver to SSE-S3 buckets.
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    return new Bucket(this, 'Documents', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'documents/',
      lifecycleRules: [
        // Versioning keeps every overwritten upload and report; a month is enough to recover one.
        { noncurrentVersionExpiration: Duration.days(30) },
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });
  }

  private createFunction(bucket: IBucket, settings: Settings): LambdaFunction {
    const logGroup = new LogGroup(this, 'CheckerLogs', { retention: RetentionDays.ONE_MONTH });
    // An own role with explicit statements instead of the managed AWSLambdaBasicExecutionRole
    // (which may write to any log group) and instead of grantRead/grantPut (which add actions
    // this function never calls).
    const role = new Role(this, 'CheckerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'mtqa checker: reads uploads, writes reports, writes its own logs',
    });
    role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteOwnLogs',
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    const inputObjects = bucket.arnForObjects(`${settings.inputPrefix}*`);
    const reportObjects = bucket.arnForObjects(`${settings.reportPrefix}*`);
    role.addToPolicy(
      new PolicyStatement({
        sid: 'ReadUploads',
        effect: Effect.ALLOW,
        // GetObjectVersion: in a versioned bucket the function reads the exact version the event names.
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [inputObjects],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteReports',
        effect: Effect.ALLOW,
        // GetObject here is for the HEAD of an existing report, whose metadata holds the sequencer
        // of the event it was written for; a stale event must not overwrite a newer report.
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [reportObjects],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'TellMissingFromForbidden',
        effect: Effect.ALLOW,
        // Without ListBucket, S3 answers 403 instead of 404 for a missing key, and an upload deleted
        // before processing would look like a permission error and be retried into the DLQ. It
        // discloses key names only, never content.
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
      }),
    );
    const prefixWildcard = (arn: string) => `AwsSolutions-IAM5[Resource::${arn}]`;
    for (const [prefix, what] of [
      [settings.inputPrefix, 'reads any upload under the input prefix, and only there'],
      [settings.reportPrefix, 'writes (and HEADs) any report under the report prefix, and only there'],
    ]) {
      Validations.of(role).acknowledge({
        id: prefixWildcard(`${this.resolveArnForNag(bucket)}/${prefix}*`),
        reason: `Object keys are user-chosen; the function ${what}.`,
      });
    }

    return new LambdaFunction(this, 'Checker', {
      description: 'mtqa: checks an uploaded text and writes its report',
      code: Code.fromAsset(root, {
        // As NodejsFunction does: the asset is the bundle, hashed by its content.
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // cdk/bundle.ts bundles with esbuild's API (a plugin NodejsFunction's command line cannot
          // take) on this machine; the image is only named because the type asks for one.
          local: {
            tryBundle(outputDir) {
              execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'cdk/bundle.ts'), outputDir], { cwd: root, stdio: 'inherit' });
              return true;
            },
          },
          image: Runtime.NODEJS_24_X.bundlingImage,
        },
      }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // Memory buys CPU: at 1769 MB the function has one full vCPU; 2 GB leaves room for a 50 MB
      // upload held as bytes and as a UTF-16 string at once.
      memorySize: 2048,
      timeout: FUNCTION_TIMEOUT,
      role,
      logGroup,
      environment: {
        INPUT_PREFIX: settings.inputPrefix,
        REPORT_PREFIX: settings.reportPrefix,
        MAX_BYTES: String(settings.maxBytes),
        LOG_LEVEL: 'info',
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
  }

  /** cdk-nag names a bucket ARN by its logical id (created) or its literal ARN (imported). */
  private resolveArnForNag(bucket: IBucket): string {
    const cfn = bucket.node.defaultChild as { logicalId?: string } | undefined;
    return cfn?.logicalId ? `<${this.resolve(cfn.logicalId)}.Arn>` : `arn:<AWS::Partition>:s3:::${bucket.bucketName}`;
  }

  /**
   * CDK configures bucket notifications through its own singleton Lambda (a custom resource),
   * whose role aws-cdk-lib creates with the managed basic-execution policy.
   */
  private acknowledgeNotificationHandler(): void {
    for (const child of this.node.children) {
      if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK’s bucket-notification custom resource handler; its role is created by aws-cdk-lib, runs only at deploy time.',
      });
    }
  }
}
