// The bulk re-check: a Step Functions Distributed Map over the bucket's listing under a prefix,
// feeding batches of keys to a re-check Lambda (functions/recheck-handler.ts → the same
// processRecord/check code as the event path) with bounded concurrency, and ending with a
// summary (checked, skipped, failed) written to the bucket. Objects whose report is current are
// skipped, so a run that failed can simply be started again (or redriven).
//
//   aws stepfunctions start-execution --state-machine-arn <RecheckStateMachineArn> \
//     --input '{"prefix": "incoming/2024/"}'           # "force": true re-checks current reports too

import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import {
  Choice,
  Condition,
  DefinitionBody,
  DistributedMap,
  Fail,
  ItemBatcher,
  JsonPath,
  LogLevel,
  Pass,
  QueryLanguage,
  ResultWriterV2,
  S3ObjectsItemReader,
  StateMachine,
  StateMachineType,
  TaskInput,
  type IItemReader,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { Settings } from './settings.js';

/**
 * Objects per Lambda invocation. Child workflows are Express (cheap per batch, 5 minutes at most):
 * 20 objects of the 50 MiB maximum still fit in the function's 4 minutes, and typical documents
 * take well under a second each.
 */
export const RECHECK_BATCH_SIZE = 20;

/** Step Functions' S3 listing, allowed to list only under the input prefix (s3:prefix condition). */
class InputListing implements IItemReader {
  private readonly listing: S3ObjectsItemReader;

  constructor(
    readonly bucket: IBucket,
    private readonly inputPrefix: string,
  ) {
    this.listing = new S3ObjectsItemReader({ bucket, prefix: JsonPath.stringAt('$.prefix') });
  }

  get resource(): string {
    return this.listing.resource;
  }

  render(queryLanguage?: QueryLanguage): unknown {
    return this.listing.render(queryLanguage);
  }

  providePolicyStatements(): PolicyStatement[] {
    return [
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': `${this.inputPrefix}*` } },
      }),
    ];
  }

  validateItemReader(): string[] {
    return this.listing.validateItemReader();
  }
}

/** The map run's result files, written only under the re-check prefix (the default grant is the whole bucket). */
class RunResults extends ResultWriterV2 {
  constructor(
    private readonly target: IBucket,
    private readonly runsPrefix: string,
  ) {
    super({ bucket: target, prefix: runsPrefix });
  }

  override providePolicyStatements(): PolicyStatement[] {
    return [
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
        resources: [this.target.arnForObjects(`${this.runsPrefix}*`)],
      }),
    ];
  }
}

/** `*` and `\` are StringMatches wildcards; a prefix containing them must match literally. */
function literalPattern(prefix: string): string {
  return prefix.replace(/[\\*]/g, (c) => `\\${c}`);
}

export interface RecheckProps {
  bucket: IBucket;
  settings: Settings;
  batchFunction: IFunction;
  summaryFunction: IFunction;
}

export class RecheckWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly logGroup: LogGroup;
  readonly batchFunction: IFunction;
  readonly summaryFunction: IFunction;

  constructor(scope: Construct, id: string, props: RecheckProps) {
    super(scope, id);
    const { bucket, settings } = props;
    this.batchFunction = props.batchFunction;
    this.summaryFunction = props.summaryFunction;

    // Input: {"prefix"?: string under the input prefix, "force"?: boolean}; defaults filled in.
    const defaults = new Pass(this, 'Defaults', {
      parameters: { prefix: settings.inputPrefix, force: false },
      resultPath: '$.defaults',
    });
    const applyDefaults = new Pass(this, 'Apply defaults', {
      parameters: { 'args.$': 'States.JsonMerge($.defaults, $, false)' },
      outputPath: '$.args',
    });
    const refuse = new Fail(this, 'Prefix outside the input prefix', {
      error: 'InvalidPrefix',
      cause: `"prefix" must be a string that starts with ${settings.inputPrefix}`,
    });

    const checkBatch = new LambdaInvoke(this, 'Check a batch', {
      lambdaFunction: props.batchFunction,
      payloadResponseOnly: true,
      // Throttling and Lambda service errors are retried with backoff (2 s, 4 s, 8 s…).
      retryOnServiceExceptions: true,
    });
    // Throttling when the account's concurrency is used elsewhere: wait, do not fail the batch.
    checkBatch.addRetry({ errors: ['Lambda.TooManyRequestsException'], interval: Duration.seconds(5), maxAttempts: 8, backoffRate: 2 });
    // A batch that failed as a whole (the function crashed or timed out) gets one more go; after
    // that its objects are counted as failed in the summary and a re-run picks them up.
    checkBatch.addRetry({ errors: ['States.TaskFailed'], interval: Duration.seconds(10), maxAttempts: 1 });
    const map = new DistributedMap(this, 'Check objects', {
      itemReader: new InputListing(bucket, settings.inputPrefix),
      itemBatcher: new ItemBatcher({
        maxItemsPerBatch: RECHECK_BATCH_SIZE,
        batchInput: { bucket: bucket.bucketName, 'force.$': '$.force' },
      }),
      maxConcurrency: settings.recheckConcurrency,
      mapExecutionType: StateMachineType.EXPRESS,
      // A failed batch is counted in the summary, not a reason to stop the other batches.
      toleratedFailurePercentage: 100,
      resultWriterV2: new RunResults(bucket, settings.recheckPrefix),
      resultPath: '$.map',
      label: 'Recheck',
    });
    map.itemProcessor(checkBatch);

    const summarise = new LambdaInvoke(this, 'Write the summary', {
      lambdaFunction: props.summaryFunction,
      payload: TaskInput.fromObject({
        execution: JsonPath.stringAt('$$.Execution.Name'),
        prefix: JsonPath.stringAt('$.prefix'),
        force: JsonPath.stringAt('$.force'),
        results: JsonPath.objectAt('$.map.ResultWriterDetails'),
      }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: true,
    });

    const definition = defaults
      .next(applyDefaults)
      .next(
        new Choice(this, 'Prefix inside the input prefix?')
          .when(
            Condition.and(Condition.isString('$.prefix'), Condition.stringMatches('$.prefix', `${literalPattern(settings.inputPrefix)}*`)),
            map.next(summarise),
          )
          .otherwise(refuse),
      );

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      comment: 'mtqa: re-checks every input under a prefix whose report is missing or stale',
      definitionBody: DefinitionBody.fromChainable(definition),
      stateMachineType: StateMachineType.STANDARD,
      // Key names and counts only (no execution data): documents never pass through the workflow.
      logs: { destination: this.logGroup, level: LogLevel.ALL, includeExecutionData: false },
      timeout: Duration.days(2),
    });
  }
}
