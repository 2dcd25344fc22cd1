/**
 * `npm run prepare`: builds dist/. npm runs it after `npm ci` in a clone, before `npm pack`, and when
 * another project runs `npm install <path-to-this-clone>`. In the last two the clone may have no
 * node_modules yet (npm does not install a folder's devDependencies), so the build tools are installed
 * first, from the lock file.
 */
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..');
if (!fs.existsSync(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'))) {
  console.error('wt102-codec: installing the build tools from package-lock.json (npm ci) to build dist/');
  execSync('npm ci --include=dev --ignore-scripts --prefer-offline --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
