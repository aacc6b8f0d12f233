import { AwsSolutionsChecks } from 'cdk-nag';
import { buildStack } from './tests/cdk-harness.ts';
for (const ctx of [{}, { 'mtqa:bucketName': 'team-translations' }]) {
  const { app, stack, template } = buildStack(ctx);
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  console.log(JSON.stringify(report.violations.map((v) => [v.ruleName, v.violatingResources?.map((r: any) => r.locations ?? r)]), null, 1).slice(0, 3000));
}
