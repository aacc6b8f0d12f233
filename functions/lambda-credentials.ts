// The credentials of the Lambda function, for the bundle: the Lambda runtime puts the role's
// credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN),
// which is the first place the SDK's default chain looks and the only one it ever needs there.
// The rest of that chain (SSO, shared INI files, credential processes, web identity, container and
// instance metadata, and the STS, SSO and sign-in clients they use) is 130 KB of the minified bundle,
// so the bundle (cdk/bundling.ts) aliases @aws-sdk/credential-provider-node to this module. The CLI
// and local mode keep the SDK's chain.

import { fromEnv, type FromEnvInit } from '@aws-sdk/credential-provider-env';

/** The SDK client's `credentialDefaultProvider`: the environment, as the default chain reads it first. */
export const defaultProvider = (init: FromEnvInit = {}) => fromEnv(init);
