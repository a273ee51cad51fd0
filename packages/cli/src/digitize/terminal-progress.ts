import type { MessageLanguage } from '@sohoa/base';
import type { DigitizeEvent } from '@sohoa/pipeline';
import { createLogUpdate } from 'log-update';
import { sayIn } from '../commands/in-language.js';
import { eventLines } from './event-lines.js';

const BAR_WIDTH = 28;

/**
 * The progress display of `sohoa digitize` on a terminal: two lines redrawn in place (by
 * `log-update`) with a bar of documents, pages, pages per minute and the estimated time left, and
 * the events' lines (except per-page ones) printed above them as they come, in `language`
 * (default Vietnamese).
 *
 * @example
 * ```ts
 * const progress = new TerminalProgress(process.stdout, 'en');
 * for await (const event of digitize(options)) progress.update(event);
 * progress.done();
 * ```
 */
export class TerminalProgress {
  readonly #render: ReturnType<typeof createLogUpdate>;
  readonly #stream: NodeJS.WriteStream;
  readonly #language: MessageLanguage;
  readonly #started = performance.now();
  #documents = 0;
  #documentsDone = 0;
  #pages = 0;
  #pagesDone = 0;
  #pagesRead = 0;
  #current = '';

  constructor(stream: NodeJS.WriteStream, language: MessageLanguage = 'vi') {
    this.#stream = stream;
    this.#language = language;
    this.#render = createLogUpdate(stream);
  }

  /** Takes one event: counts it, prints its lines above the bar, redraws the bar. */
  update(event: DigitizeEvent): void {
    if (event.type === 'plan') {
      this.#documents = event.documents;
      this.#pages = event.pages;
    } else if (event.type === 'page-done' || event.type === 'page-checked') {
      this.#pagesDone++;
      this.#pagesRead++;
      this.#current = `${event.dossier}.${event.ordinal} ${sayIn(this.#language)('trang', 'page')} ${event.page}/${event.pages}`;
    } else if (event.type === 'document-skipped') {
      this.#documentsDone++;
      this.#pagesDone += event.pages;
    } else if (event.type === 'document-done' || event.type === 'document-failed') {
      this.#documentsDone++;
    }
    if (event.type !== 'page-done' && event.type !== 'page-checked') {
      const { info, errors } = eventLines(event, this.#language);
      if (info.length + errors.length > 0) {
        this.#render.clear();
        for (const line of [...info, ...errors]) this.#stream.write(`${line}\n`);
      }
    }
    this.#render(this.#frame());
  }

  /** Leaves the last frame on screen. */
  done(): void {
    this.#render.done();
  }

  #frame(): string {
    const share = this.#documents === 0 ? 0 : this.#documentsDone / this.#documents;
    const filled = Math.round(share * BAR_WIDTH);
    const minutes = (performance.now() - this.#started) / 60_000;
    const rate = minutes > 0 ? this.#pagesRead / minutes : 0;
    const left = Math.max(0, this.#pages - this.#pagesDone);
    const say = sayIn(this.#language);
    const eta =
      rate > 0
        ? say(`còn ${Math.ceil(left / rate)} phút`, `${Math.ceil(left / rate)} min left`)
        : say('đang ước tính…', 'estimating…');
    const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
    const documents = `${this.#documentsDone}/${this.#documents}`;
    const pages = `${this.#pagesDone}/${this.#pages}`;
    return [
      say(
        `${bar} văn bản ${documents}  trang ${pages}  ${rate.toFixed(1)} trang/phút  ${eta}`,
        `${bar} documents ${documents}  pages ${pages}  ${rate.toFixed(1)} pages/min  ${eta}`,
      ),
      this.#current ? `${say('đang xử lý', 'now')}: ${this.#current}` : '',
    ].join('\n');
  }
}
