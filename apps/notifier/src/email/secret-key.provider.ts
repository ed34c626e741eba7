import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { type AppConfig, InjectConfig } from '@dw/platform';

const KEY_FILE = 'secret.key';

/**
 * The key that signs the links in emails: SECRET_KEY when set, else a random key created once and
 * kept in DATA_DIR/secret.key so links in mail already sent keep working after a restart.
 */
@Injectable()
export class SecretKeyProvider {
  private readonly logger = new Logger('SecretKey');
  private cached: string | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  key(): string {
    this.cached ??= this.config.secretKey ?? this.fromDataDir();
    return this.cached;
  }

  private fromDataDir(): string {
    const file = path.join(this.config.dataDir, KEY_FILE);
    fs.mkdirSync(this.config.dataDir, { recursive: true });
    try {
      // 'wx': two processes starting together cannot both write; the loser reads the winner's key.
      fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
      this.logger.log({ file }, 'generated a signing key for email links (set SECRET_KEY to choose one)');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length < 16) throw new Error(`${file} holds no usable key: delete it or set SECRET_KEY`);
    return key;
  }
}
