// Where `npm run sea` puts the executable for this platform: dist/sea/rollout-<os>-<arch>.
import path from 'node:path';

const os = { win32: 'win', darwin: 'macos' }[process.platform] ?? process.platform;
export const SEA_TARGET = path.join('dist', 'sea', `rollout-${os}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`);
