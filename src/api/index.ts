/** The HTTP API: `buildApp` for the server, `mintToken` for the CLI's `inburgering token`. */
export { API_PREFIX, API_VERSION, type App, type BuildAppOptions, buildApp } from './app.ts';
export {
  type AuthConfig,
  createVerifier,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEV_AUTH,
  DEV_SECRET,
  type MintClaims,
  type MintKey,
  mintToken,
  type Principal,
  ROLES,
  type Role,
} from './auth.ts';
export type { CaseBackend } from './cases.ts';
export {
  type IntegrationFile,
  integrationFileFromEnv,
  integrationFromEnv,
  parseIntegration,
  retentionRules,
} from './integration.ts';
export { devTokenRoute, serveWeb, WEB_CSP, webCsp } from './web.ts';
export { type WebLoginConfig, webLoginRoutes } from './web-login.ts';
