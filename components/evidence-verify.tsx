import { useState, type ChangeEvent } from 'react';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import { verifyPack, type PackVerification } from '@/lib/evidence/verify/verify-pack';

/**
 * "Open a pack": checks a pack the user chooses, here in the page, with the
 * same verifier as `npm run verify`, and shows valid or invalid per file and
 * whether this installation's key signed it. The pack is only read, never
 * stored and never rendered as HTML.
 */
export function EvidenceVerify({ t }: { t: Translate }) {
  const [result, setResult] = useState<PackVerification & { ours: boolean }>();
  const [checking, setChecking] = useState(false);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setChecking(true);
    setResult(undefined);
    try {
      const [verification, key] = await Promise.all([verifyPack(new Uint8Array(await file.arrayBuffer())), send('signingKey', {})]);
      setResult({ ...verification, ours: verification.keyFingerprint === key.fingerprint });
    } finally {
      setChecking(false);
    }
  };

  return (
    <section className="evidence-verify" aria-labelledby="ev-verify-title">
      <h2 id="ev-verify-title">{t('ev_verify_title')}</h2>
      <label>
        {t('ev_verify_choose')} <input type="file" accept=".zip,application/zip" data-testid="ev-verify-file" onChange={(e) => void onFile(e)} />
      </label>
      {checking && <p className="muted">{t('ev_verify_checking')}</p>}
      {result && (
        <div data-testid="ev-verify-result" data-valid={result.valid ? 'true' : 'false'}>
          <p className={result.valid ? 'ok' : 'evidence__error'} role="status">
            {result.valid ? t('ev_verify_valid', [result.captures]) : t('ev_verify_invalid', [result.problems.length])}
          </p>
          {result.keyFingerprint && <p className="muted small">{result.ours ? t('ev_verify_this_install') : t('ev_verify_other_install', [result.keyFingerprint])}</p>}
          <ul>
            {result.problems.map((p, i) => <li key={i} className="evidence__error small">{p.code}{p.path ? ` · ${p.path}` : ''}: {p.detail}</li>)}
          </ul>
          <table className="evidence-verify__files">
            <tbody>
              {result.files.map((f) => (
                <tr key={f.path} data-status={f.status}>
                  <td className="mono small">{f.path}</td>
                  <td>{t(`ev_file_${f.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
