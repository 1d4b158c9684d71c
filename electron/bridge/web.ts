// `npm run web`: the same UI in a browser on loopback, for machines where installing is not allowed.
import path from 'node:path';
import { defaultDbPath } from '../core/data-dir';
import { repoRoot } from '../core/paths';
import { startBridge } from './server';

const dbPath = process.env.TONGHOP_DB ?? defaultDbPath();
const port = process.env.PORT ? Number(process.env.PORT) : 0;
const bridge = await startBridge({ dbPath, staticDir: path.join(repoRoot(), 'dist', 'renderer'), port });
process.stdout.write(`Tổng hợp báo cáo đang chạy tại ${bridge.url}\nCơ sở dữ liệu: ${dbPath}\nNhấn Ctrl+C để dừng.\n`);
const stop = (): void => void bridge.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
