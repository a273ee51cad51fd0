import { createHash, sign } from 'node:crypto';
import forge from 'node-forge';

const { asn1, pki } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const sequence = (items: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (value: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes);
const integer = (bytes: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, bytes);
const nothing = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const algorithm = (value: string) => sequence([oid(value), nothing()]);
const attribute = (type: string, value: forge.asn1.Asn1) => sequence([oid(type), set([value])]);
const binary = (bytes: Uint8Array) => Buffer.from(bytes).toString('binary');

/**
 * A detached CMS SignedData (RFC 5652) over `digest`, as PAdES baseline B-B wants it: signed
 * attributes content-type, message-digest and ESS signing-certificate-v2 (the signer's
 * certificate hash), no signing-time attribute (the time is the signature dictionary's `/M`),
 * RSA with SHA-256, the signer's certificate and its chain included.
 */
export function cmsSignedData(
  digest: Buffer,
  privateKeyPem: string,
  certificate: forge.pki.Certificate,
  chain: forge.pki.Certificate[],
): Buffer {
  const certificateDer = asn1.toDer(pki.certificateToAsn1(certificate)).getBytes();
  const certificateHash = createHash('sha256').update(Buffer.from(certificateDer, 'binary')).digest();
  const signedAttributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest.toString('binary'))),
    attribute(
      OID.signingCertificateV2,
      sequence([sequence([sequence([octets(certificateHash.toString('binary'))])])]),
    ),
  ];
  const toSign = Buffer.from(asn1.toDer(set(signedAttributes)).getBytes(), 'binary');
  const signature = sign('sha256', toSign, privateKeyPem);
  const signerInfo = sequence([
    integer(String.fromCharCode(1)),
    sequence([
      pki.distinguishedNameToAsn1(certificate.issuer),
      integer(forge.util.hexToBytes(certificate.serialNumber)),
    ]),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, signedAttributes),
    algorithm(OID.rsaEncryption),
    octets(signature.toString('binary')),
  ]);
  const signedData = sequence([
    integer(String.fromCharCode(1)),
    set([algorithm(OID.sha256)]),
    sequence([oid(OID.data)]),
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      [certificate, ...chain].map((item) => pki.certificateToAsn1(item)),
    ),
    set([signerInfo]),
  ]);
  const contentInfo = sequence([
    oid(OID.signedData),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData]),
  ]);
  return Buffer.from(asn1.toDer(contentInfo).getBytes(), 'binary');
}

/** What a CMS SignedData says about its first signer, read back for verification. */
export interface CmsSignerInfo {
  /** The message-digest signed attribute. */
  messageDigest: Buffer;
  /** DER of the signed attributes as a SET, the bytes the signature covers. */
  signedAttributes: Buffer;
  signature: Buffer;
  /** The signer's certificate (the first one in the SignedData), PEM. */
  certificatePem: string;
  /** The signer's common name. */
  signerName: string;
}

/** The children of a constructed ASN.1 node (none for a missing or primitive one). */
function children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  return Array.isArray(node?.value) ? node.value : [];
}

/** The length of the DER element at the start of `bytes` (the /Contents string is zero-padded). */
function derLength(bytes: Uint8Array): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  let length = 0;
  for (let index = 0; index < (first & 0x7f); index++) length = length * 256 + (bytes[2 + index] ?? 0);
  return 2 + (first & 0x7f) + length;
}

/** Reads the first SignerInfo of a DER CMS ContentInfo (trailing zero padding allowed). */
export function readCmsSignerInfo(der: Uint8Array): CmsSignerInfo {
  const contentInfo = asn1.fromDer(binary(der.subarray(0, derLength(der))));
  const explicit = children(contentInfo)[1];
  const parts = children(children(explicit)[0]);
  const isTagZero = (part: forge.asn1.Asn1) =>
    part.tagClass === asn1.Class.CONTEXT_SPECIFIC && part.type === 0;
  const certificates = parts.find(isTagZero);
  const signerInfo = children(children(parts[parts.length - 1])[0]);
  const attributes = children(signerInfo.find(isTagZero));
  const asSet = Buffer.from(asn1.toDer(set(attributes)).getBytes(), 'binary');
  let messageDigest = Buffer.alloc(0);
  for (const item of attributes) {
    const [type, values] = children(item);
    if (asn1.derToOid(type?.value as string) === OID.messageDigest) {
      messageDigest = Buffer.from((children(values)[0]?.value as string | undefined) ?? '', 'binary');
    }
  }
  const signature = Buffer.from((signerInfo[signerInfo.length - 1]?.value as string) ?? '', 'binary');
  const certificate = pki.certificateFromAsn1(children(certificates)[0] as forge.asn1.Asn1);
  return {
    messageDigest,
    signedAttributes: asSet,
    signature,
    certificatePem: pki.certificateToPem(certificate),
    signerName: String(certificate.subject.getField('CN')?.value ?? ''),
  };
}

/** How many signers a CMS SignedData has and whether it carries the signer's certificate (ISO 19005-2 6.4.3). */
export interface CmsSignersSummary {
  /** Number of SignerInfo structures. */
  signerInfoCount: number;
  /** A certificate in `certificates` matches the first signer's identifier (issuer and serial, or key id). */
  signingCertificatePresent: boolean;
}

const derOf = (node: forge.asn1.Asn1) => asn1.toDer(node).getBytes();

/** Whether `certificate` (an X.509 Certificate node) is the one a SignerInfo's `sid` names. */
function identifies(sid: forge.asn1.Asn1 | undefined, certificate: forge.asn1.Asn1): boolean {
  if (!sid) return false;
  const tbs = children(children(certificate)[0]);
  // An explicit [0] version comes first in v2/v3 certificates.
  const fields = tbs[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? tbs.slice(1) : tbs;
  if (sid.tagClass === asn1.Class.CONTEXT_SPECIFIC && sid.type === 0) {
    const keyId = Buffer.from(sid.value as string, 'binary').toString('hex');
    const extension = pki.certificateFromAsn1(certificate).getExtension('subjectKeyIdentifier') as
      | { subjectKeyIdentifier?: string }
      | undefined;
    return extension?.subjectKeyIdentifier === keyId;
  }
  const [issuer, serial] = children(sid);
  return (
    issuer !== undefined &&
    serial !== undefined &&
    fields[0] !== undefined &&
    fields[2] !== undefined &&
    derOf(fields[0]) === derOf(serial) &&
    derOf(fields[2]) === derOf(issuer)
  );
}

/**
 * Counts the SignerInfos of a DER CMS ContentInfo (trailing zero padding allowed) and looks for
 * the first signer's certificate among the SignedData's certificates.
 *
 * @throws when the bytes are not a DER ContentInfo with SignedData.
 */
export function summarizeCmsSigners(der: Uint8Array): CmsSignersSummary {
  const contentInfo = asn1.fromDer(binary(der.subarray(0, derLength(der))));
  const [type, explicit] = children(contentInfo);
  if (!type || asn1.derToOid(type.value as string) !== OID.signedData)
    throw new Error('not a CMS SignedData');
  const parts = children(children(explicit)[0]);
  const certificates = children(
    parts.find((part) => part.tagClass === asn1.Class.CONTEXT_SPECIFIC && part.type === 0),
  );
  const signerInfos = children(parts[parts.length - 1]);
  const sid = children(signerInfos[0])[1];
  return {
    signerInfoCount: signerInfos.length,
    signingCertificatePresent: certificates.some((certificate) => identifies(sid, certificate)),
  };
}
