// `npm run web`: the same UI in a browser on loopback, for machines where installing is not allowed.
// It runs from the repository (dist/bridge), so its layout is the repository's.
import { defaultDbPath } from '../core/data-dir';
import { findSourceRoot, sourceLayout } from '../core/paths';
import { engineFor } from '../core/service';
import { startBridge } from './server';

const layout = sourceLayout(findSourceRoot(import.meta.dirname));
const dbPath = process.env.TONGHOP_DB ?? defaultDbPath();
const port = process.env.PORT ? Number(process.env.PORT) : 0;
const bridge = await startBridge({ dbPath, staticDir: layout.rendererDir, engine: engineFor(layout), port });
process.stdout.write(`Tổng hợp báo cáo đang chạy tại ${bridge.url}\nCơ sở dữ liệu: ${dbPath}\nNhấn Ctrl+C để dừng.\n`);
const stop = (): void => void bridge.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
