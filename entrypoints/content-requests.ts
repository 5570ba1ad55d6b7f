import { defineUnlistedScript } from '#imports';
import { parseContentRequest } from '../messaging/content-requests';
import { REQUESTS_GLOBAL, type RequestsModule } from '../content/stages';

/**
 * The popup's requests' schema (zod/mini), for the content script: loaded into its isolated world
 * by the second stage when the first request from the popup arrives, so pages that are only read
 * never carry a schema library (docs/decisions/010).
 */
export default defineUnlistedScript(() => {
  const module: RequestsModule = { parseContentRequest };
  (globalThis as Record<string, unknown>)[REQUESTS_GLOBAL] = module;
});
