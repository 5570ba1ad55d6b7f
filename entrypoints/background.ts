import { defineBackground } from '#imports';

/** Background: placeholder until the messaging issue wires the index and user sources. */
export default defineBackground(() => {});
