export { type FileChecksum, fileChecksum } from './checksum/file-checksum.js';
