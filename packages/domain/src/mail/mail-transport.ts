import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise writes each message as an .eml file to
 * MAIL_DIR and logs the path (a file mail backend for development).
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly fileDir: string | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail.smtpUrl) {
      this.transporter = nodemailer.createTransport(config.mail.smtpUrl);
    } else {
      this.fileDir = resolve(config.mail.dir);
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@kbc-account>`,
    });
    if (this.fileDir) {
      await mkdir(this.fileDir, { recursive: true });
      const path = join(this.fileDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`);
      await writeFile(path, (info as unknown as { message: Buffer }).message);
      this.logger.log({ path, subject: mail.subject }, 'mail written to file (SMTP_URL is not set)');
    }
  }

  close(): void {
    this.transporter.close();
  }
}
