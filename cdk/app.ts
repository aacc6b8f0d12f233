// CDK entry point (cdk.json: "npx tsx cdk/app.ts"). cdk-nag's AwsSolutions pack runs on every
// synth; an unacknowledged finding fails it.

import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readSettings } from './settings.js';
import { MtqaStack } from './stack.js';

const app = new App();
new MtqaStack(app, 'Mtqa', {
  description: 'mtqa: translation-quality reports for text files uploaded to S3',
  settings: readSettings(app.node),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
