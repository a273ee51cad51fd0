export {
  CONFIDENCE_LEVEL_CODES,
  type ConfidenceLevelCode,
  LANGUAGE_CODES,
  type LanguageCode,
  MAINTENANCE_CODES,
  type MaintenanceCode,
  MODE_CODES,
  type ModeCode,
  PHYSICAL_CONDITION_CODES,
  type PhysicalConditionCode,
  RISK_RECOVERY_STATUS_CODES,
  type RiskRecoveryStatusCode,
} from './codes/code-lists.js';
export {
  type Dossier,
  type DossierInput,
  dossierSchema,
  parseVnDate,
  vnDateSchema,
} from './dossier/dossier-schema.js';
export { DOSSIER_FIELD_LABELS } from './dossier/field-labels.js';
export { type MetadataIssue, validateDossier } from './dossier/validate-dossier.js';
