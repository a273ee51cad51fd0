export {
  BASE_ERROR_CODES,
  type BaseErrorCode,
  type Bilingual,
  describeError,
  type MessageLanguage,
  SohoaError,
  type SohoaErrorOptions,
  type SohoaErrorText,
} from './errors/index.js';
export { characterErrorRate, orderFreeWordError } from './text/error-rates.js';
export { collapseWhitespace, toNfc } from './text/normalize-text.js';
export {
  toOffsetTime,
  toVietnamTime,
  VIETNAM_TIME_PATTERN,
  VIETNAM_UTC_OFFSET_MINUTES,
} from './time/vietnam-time.js';
export { VERSION } from './version.js';
export { type RenderXmlOptions, renderXmlDocument, type XmlNode } from './xml/xml-document.js';
export {
  escapeXml,
  type ForbiddenXmlCharacter,
  findForbiddenXmlCharacter,
  replaceForbiddenXmlCharacters,
} from './xml/xml-text.js';
