// The deployed pipeline: S3 (object created or removed under the input prefix) → SQS → Lambda →
// report written (or removed) under the report prefix, with a dead-letter queue and an alarm on
// it; and the bulk re-check workflow (recheck.ts) for what is already in the bucket.
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
import { AssetHashType, CfnOutput, CfnResource, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
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
import { RecheckWorkflow } from './recheck.js';
import type { Settings } from './settings.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * A function's code: its entry bundled on this machine by cdk/bundle.ts (esbuild's API, for a
 * plugin NodejsFunction's command line cannot take), the pinned AWS SDK inside; the asset is the
 * bundle, hashed by its content, as NodejsFunction makes it.
 */
function bundledCode(entry: string): Code {
  const bundle = (outputDir: string) => ['--import', 'tsx', 'cdk/bundle.ts', entry, outputDir];
  return Code.fromAsset(root, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: {
        tryBundle(outputDir) {
          execFileSync(process.execPath, bundle(outputDir), { cwd: root, stdio: 'inherit' });
          return true;
        },
      },
      // The same in the image, were local bundling to fail (it throws instead). CDK reuses a
      // bundle made with equal options: the command names the entry, so each entry gets its own.
      image: Runtime.NODEJS_24_X.bundlingImage,
      command: ['node', ...bundle('/asset-output')],
    },
  });
}

/** Enough for a batch of the largest documents; the queue's visibility timeout is 6× this. */
const FUNCTION_TIMEOUT = Duration.minutes(3);
/** Deliveries before a message moves to the DLQ (each after a visibility timeout). */
const MAX_RECEIVE_COUNT = 5;
/**
 * Sized from the measured peak (`npm run load`): the worst input at the size limit, a 50 MiB HTML
 * page with the 10,000-finding cap reached, peaks at about 830 MiB RSS with its review page;
 * 1.5 GB leaves 1.8 times that. More memory buys CPU (one full vCPU at 1769 MB), but most
 * documents are small and their time is S3 round trips, which cost memory × time too (README,
 * "Memory and cold start").
 */
const CHECKER_MEMORY_MB = 1536;

export interface MtqaStackProps extends StackProps {
  settings: Settings;
}

export class MtqaStack extends Stack {
  constructor(scope: Construct, id: string, props: MtqaStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const bucket = settings.bucketName
      ? Bucket.fromBucketName(this, 'Documents', settings.bucketName)
      : this.createBucket(settings);

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
    // Removals too: a deleted input's report is removed (process.ts, removeReport).
    for (const event of [EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED]) {
      bucket.addEventNotification(event, new SqsDestination(uploads), { prefix: settings.inputPrefix });
    }

    const checkerStatements = this.checkerStatements(bucket, settings);
    const checker = this.createFunction('Checker', {
      description: 'mtqa: checks an uploaded text and writes its report',
      entry: 'functions/handler.ts',
      handler: 'handler',
      timeout: FUNCTION_TIMEOUT,
      statements: [
        ...checkerStatements,
        new PolicyStatement({
          sid: 'RequeueTranslations',
          effect: Effect.ALLOW,
          // A source document's event puts a re-check message for each of its translations on
          // the queue this function reads (functions/sources.ts).
          actions: ['sqs:SendMessage'],
          resources: [uploads.queueArn],
        }),
      ],
      environment: { QUEUE_URL: uploads.queueUrl },
      settings,
    });
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

    const recheck = new RecheckWorkflow(this, 'Recheck', {
      bucket,
      settings,
      batchFunction: this.createFunction('RecheckBatch', {
        description: 'mtqa: re-checks a batch of listed objects (bulk re-check workflow)',
        entry: 'functions/recheck-handler.ts',
        handler: 'batch',
        // Express child workflows end after 5 minutes; the function stops starting objects a
        // minute before its own timeout (recheck-handler.ts).
        timeout: Duration.minutes(4),
        statements: checkerStatements,
        settings,
      }),
      summaryFunction: this.createFunction('RecheckSummary', {
        description: 'mtqa: adds up a bulk re-check run and writes its summary',
        entry: 'functions/recheck-handler.ts',
        handler: 'summarise',
        timeout: Duration.minutes(5),
        memorySize: 512,
        statements: [
          new PolicyStatement({
            sid: 'ReadRunResultsWriteSummary',
            effect: Effect.ALLOW,
            actions: ['s3:GetObject', 's3:PutObject'],
            resources: [bucket.arnForObjects(`${settings.recheckPrefix}*`)],
          }),
        ],
        settings,
      }),
    });
    this.acknowledgeRecheckWorkflow(recheck, bucket, settings);

    this.acknowledgeNotificationHandler();

    const s3 = `s3://${bucket.bucketName}`;
    new CfnOutput(this, 'DropFilesHere', { value: `${s3}/${settings.inputPrefix}`, description: 'Upload text files here' });
    new CfnOutput(this, 'ReportsAppearIn', {
      value: `${s3}/${settings.reportPrefix}`,
      description: `Each <input prefix><path> gets ${settings.reportPrefix}<path>.report.json${settings.htmlReports ? ' and .report.html' : ''}`,
    });
    new CfnOutput(this, 'TryIt', {
      value: `aws s3 cp my-file.txt ${s3}/${settings.inputPrefix} && sleep 5 && aws s3 cp ${s3}/${settings.reportPrefix}my-file.txt.report.json -`,
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: deadLetters.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: deadLetters.queueArn, description: 'Redrive source' });
    new CfnOutput(this, 'UploadQueueArn', { value: uploads.queueArn, description: 'Redrive destination' });
    new CfnOutput(this, 'FunctionLogGroup', { value: checker.logGroup.logGroupName });
    new CfnOutput(this, 'RecheckStateMachineArn', { value: recheck.stateMachine.stateMachineArn });
    new CfnOutput(this, 'RecheckCommand', {
      description: 'Re-checks every input under the prefix whose report is missing or stale',
      value: `aws stepfunctions start-execution --state-machine-arn ${recheck.stateMachine.stateMachineArn} --input '{"prefix": "${settings.inputPrefix}"}'`,
    });
    new CfnOutput(this, 'RecheckSummariesIn', { value: `${s3}/${settings.recheckPrefix}<execution name>/summary.json` });
  }

  private createBucket(settings: Settings): Bucket {
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
        // Bulk re-check result files and summaries.
        { prefix: settings.recheckPrefix, expiration: Duration.days(90) },
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });
  }

  /**
   * What the checker may do: read uploads, write, HEAD and delete reports, tell a missing key
   * from a forbidden one. The bulk re-check's batch function gets the same.
   */
  private checkerStatements(bucket: IBucket, settings: Settings): PolicyStatement[] {
    return [
      new PolicyStatement({
        sid: 'ReadUploads',
        effect: Effect.ALLOW,
        // GetObjectVersion: in a versioned bucket the function reads the exact version the event names.
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [bucket.arnForObjects(`${settings.inputPrefix}*`)],
      }),
      new PolicyStatement({
        sid: 'WriteReports',
        effect: Effect.ALLOW,
        // GetObject here is for the HEAD of an existing report, whose metadata holds the sequencer
        // of the event it was written for; a stale event must not overwrite a newer report.
        // DeleteObject: the report of a deleted input is removed.
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [bucket.arnForObjects(`${settings.reportPrefix}*`)],
      }),
      new PolicyStatement({
        sid: 'TellMissingFromForbidden',
        effect: Effect.ALLOW,
        // Without ListBucket, S3 answers 403 instead of 404 for a missing key, and an upload deleted
        // before processing would look like a permission error and be retried into the DLQ. It
        // discloses key names only, never content.
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
      }),
    ];
  }

  /**
   * A function with its own role and log group: explicit statements instead of the managed
   * AWSLambdaBasicExecutionRole (which may write to any log group) and instead of
   * grantRead/grantPut (which add actions these functions never call).
   */
  private createFunction(
    id: string,
    options: {
      description: string;
      entry: string;
      handler: string;
      timeout: Duration;
      statements: PolicyStatement[];
      settings: Settings;
      memorySize?: number;
      environment?: Record<string, string>;
    },
  ): LambdaFunction {
    const { settings } = options;
    const memorySize = options.memorySize ?? CHECKER_MEMORY_MB;
    const logGroup = new LogGroup(this, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: options.description,
    });
    role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteOwnLogs',
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    for (const statement of options.statements) role.addToPolicy(statement);
    this.acknowledgePrefixWildcards(role, options.statements);

    return new LambdaFunction(this, id, {
      description: options.description,
      code: bundledCode(options.entry),
      handler: `index.${options.handler}`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize,
      timeout: options.timeout,
      role,
      logGroup,
      environment: {
        INPUT_PREFIX: settings.inputPrefix,
        REPORT_PREFIX: settings.reportPrefix,
        RECHECK_PREFIX: settings.recheckPrefix,
        MAX_BYTES: String(settings.maxBytes),
        HTML_REPORTS: String(settings.htmlReports),
        LOG_LEVEL: 'info',
        // V8 sizes its heap from the machine's memory (a quarter of it unless told); the page of the
        // largest input needs more than 256 MiB of it. Two thirds of the function's memory for
        // the heap leaves the rest for the input's bytes, which live outside it. The young generation
        // stays at 2 MB a half instead of growing to 16: a 30 MB check peaks 29-80 MiB lower (Node 24).
        NODE_OPTIONS: `--enable-source-maps --max-old-space-size=${Math.floor((memorySize * 2) / 3)} --max-semi-space-size=2`,
        ...options.environment,
      },
    });
  }

  /** Object keys are the users' choice: statements on `<prefix>*` are as narrow as S3 allows. */
  private acknowledgePrefixWildcards(role: Role, statements: PolicyStatement[]): void {
    const reasons: Record<string, string> = {
      ReadUploads: 'reads any upload under the input prefix, and only there',
      WriteReports: 'writes, HEADs and deletes any report under the report prefix, and only there',
      ReadRunResultsWriteSummary: 'reads the result files and writes the summary of a re-check run under the re-check prefix, and only there',
    };
    for (const statement of statements) {
      const reason = statement.sid ? reasons[statement.sid] : undefined;
      if (!reason) continue;
      for (const resource of statement.resources) {
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${this.nagArn(resource)}]`,
          reason: `Object keys are user-chosen; the function ${reason}.`,
        });
      }
    }
  }

  /** An ARN as cdk-nag names it in finding ids: intrinsics become <LogicalId.Attr> and <AWS::Partition>. */
  private nagArn(arn: string): string {
    return this.nagName(this.resolve(arn));
  }

  private nagName(resolved: unknown): string {
    const part = (p: unknown): string => {
      if (typeof p === 'string') return p;
      const o = p as Record<string, unknown>;
      if (o.Ref) return `<${String(o.Ref)}>`;
      if (o['Fn::GetAtt']) return `<${(o['Fn::GetAtt'] as string[]).join('.')}>`;
      return JSON.stringify(p);
    };
    if (typeof resolved === 'string') return resolved;
    const join = (resolved as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    return join ? join[1].map(part).join(join[0]) : part(resolved);
  }

  /**
   * The re-check state machine's role. Its Lambda invocations are scoped to the two functions; the
   * wildcards left are the ones AWS gives no narrower form of.
   */
  private acknowledgeRecheckWorkflow(recheck: RecheckWorkflow, bucket: IBucket, settings: Settings): void {
    Validations.of(recheck.stateMachine).acknowledge({
      id: 'AwsSolutions-SF2',
      reason:
        'No X-Ray tracing: progress, failures and timings are in the map run view and the execution log (level ALL); tracing would add a wildcard-resource policy and a cost per trace without showing more.',
    });
    // The role and the Distributed Map's policy are children of the state machine.
    const machine: IConstruct = recheck.stateMachine;
    Validations.of(machine).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'CloudWatch Logs log delivery (logs:CreateLogDelivery, PutResourcePolicy…) supports no resource-level permissions; Step Functions needs it to write the execution log.',
    });
    Validations.of(machine).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${this.nagArn(bucket.arnForObjects(`${settings.recheckPrefix}*`))}]`,
      reason: 'The map run writes its result files under the re-check prefix, with names Step Functions chooses, and only there.',
    });
    // The statements Step Functions' integrations add: invoking the two functions (any version
    // of each), and describing or stopping this state machine's own child executions, whose
    // names are made per run.
    const functions = [recheck.batchFunction, recheck.summaryFunction].map((f) => `${this.nagArn(f.functionArn)}:*`);
    const statements = machine.node
      .findAll()
      .filter((c): c is Policy => c instanceof Policy)
      .flatMap((p) => (this.resolve(p.document.toJSON()) as { Statement?: Array<{ Resource: unknown }> } | undefined)?.Statement ?? []);
    const machineId = this.resolve((recheck.stateMachine.node.defaultChild as CfnResource).logicalId) as string;
    for (const resource of statements.flatMap((st) => [st.Resource].flat())) {
      const name = this.nagName(resource);
      if (functions.includes(name)) {
        Validations.of(machine).acknowledge({ id: `AwsSolutions-IAM5[Resource::${name}]`, reason: 'Invokes versions of one of the two re-check functions, nothing else.' });
      } else if (/:states:.*:execution:.*\*$/.test(name) && name.includes(`"Ref":"${machineId}"`)) {
        Validations.of(machine).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${name}]`,
          reason: 'The Distributed Map describes and stops its own child executions, whose names Step Functions makes per run.',
        });
      }
    }
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
