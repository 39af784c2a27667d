/**
 * The build's card drawer (src/integrations/og.ts starts it while Pagefind indexes the pages): takes
 * one IPC message `{ cacheDir, cards }`, draws each card into the image cache, answers
 * `{ drawn }` — or `{ failure }` with the reason — and exits.
 */
import { drawCards, type CardToDraw } from '../src/integrations/og';

/** Sends the answer to the build and lets go of it (the process then exits). */
function answer(message: { drawn: number } | { failure: string }): void {
  process.send?.(message, () => process.disconnect?.());
}

process.once('message', (message: { cacheDir: string; cards: CardToDraw[] }) => {
  drawCards(message.cacheDir, message.cards).then(
    (drawn) => answer({ drawn }),
    (error: unknown) => answer({ failure: error instanceof Error ? error.message : String(error) }),
  );
});
// A build that is gone takes its drawer with it.
process.on('disconnect', () => process.exit(0));
