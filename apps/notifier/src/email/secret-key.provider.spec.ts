import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AppConfig } from '@dw/platform';
import { SecretKeyProvider } from './secret-key.provider';

describe('SecretKeyProvider', () => {
  it('uses SECRET_KEY when set', () => {
    const provider = new SecretKeyProvider({
      secretKey: 'configured-key-0123456789',
      dataDir: '/nonexistent',
    } as AppConfig);
    expect(provider.key()).toBe('configured-key-0123456789');
  });

  it('otherwise generates one key in DATA_DIR/secret.key and keeps it across restarts', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-secret-'));
    const config = { secretKey: undefined, dataDir } as AppConfig;
    const first = new SecretKeyProvider(config).key();
    const second = new SecretKeyProvider(config).key();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    const file = path.join(dataDir, 'secret.key');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
