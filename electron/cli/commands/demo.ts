import path from 'node:path';
import type { Command } from 'commander';
import type { CliEnv } from '../context';
import { statusText } from './reports';

export function registerDemo(program: Command, io: CliEnv): void {
  program
    .command('demo')
    .description('dựng dữ liệu mẫu và xuất báo cáo tổng hợp PDF')
    .option('--out <dir>', 'thư mục kết quả', 'out')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (opts: { out: string; json?: boolean }) => {
      const { buildDemo } = await import('../../core/demo/build-demo');
      const res = await buildDemo(path.resolve(opts.out), io.engine, (step) => {
        if (!opts.json) io.err(`… ${step}`);
      });
      if (opts.json) io.out(JSON.stringify({ db: res.dbPath, pdf: res.pdfPath, reports: res.reportsDir, status: res.status }, null, 2));
      else io.out(`${statusText(res.status)}\n\nCơ sở dữ liệu: ${res.dbPath}\nBáo cáo mẫu: ${res.reportsDir}\nBáo cáo tổng hợp: ${res.pdfPath}`);
    });
}
