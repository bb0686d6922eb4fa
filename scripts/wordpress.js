// `npm run wordpress`: a local WordPress (Debian's `wordpress` package, MariaDB and PHP's
// built-in server) with the plugin from build/wordpress/ active, an Author account and
// sample posts (the seed article as blocks), in a temporary folder; Ctrl+C stops it and
// removes the folder.
// The end-to-end tests start the same site through `startWordPress()`.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const WORDPRESS = '/usr/share/wordpress';
const PLUGIN = fileURLToPath(new URL('../build/wordpress/care-elements/', import.meta.url));
const SAMPLE_POSTS = new URL('../build/wordpress/sample-posts.mjs', import.meta.url);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const waitFor = async (check, what, timeout = 60_000) => {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await sleep(200);
  }
};

/** What a fresh machine lacks, as the Debian packages that bring it. */
export const missingPackages = () =>
  [
    ['wordpress', existsSync(`${WORDPRESS}/wp-load.php`)],
    ['mariadb-server', existsSync('/usr/sbin/mariadbd')],
    ['php-mysql', hasMysqli()],
  ]
    .filter(([, present]) => !present)
    .map(([name]) => name);

function hasMysqli() {
  try {
    return execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? 1 : 0;'], { encoding: 'utf8' }) === '1';
  } catch {
    return false;
  }
}

/**
 * Starts MariaDB (on a socket in a temporary folder: no port to clash on) and PHP's
 * server on a free port, installs WordPress with the built plugin active, and gives
 * `{ url, author, authorPassword, applicationPassword, samplePosts, wp, stop }` (samplePosts:
 * `[{ id, title }]`, written by the Author); `wp(command, ...args)` runs one of the site
 * commands below (activate, deactivate, user, create-posts) as PHP.
 */
export const startWordPress = async ({ port } = {}) => {
  const missing = missingPackages();
  if (missing.length) throw new Error(`WordPress needs the Debian packages: ${missing.join(' ')}`);
  if (!existsSync(join(PLUGIN, 'care-elements.php'))) throw new Error('No built plugin: run npm run build && npm run build:wordpress');
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const folder = mkdtempSync(join(tmpdir(), 'care-wordpress-'));
  const configName = `care-elements-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const socket = join(folder, 'mysql.sock');
  const children = [];

  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Each runs in a process group of its own, so PHP's server workers stop with it.
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
    }
    rmSync(configFile, { force: true });
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${folder}/db`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'ignore' });
    const database = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${folder}/db`, `--socket=${socket}`, '--skip-networking', '--skip-log-bin', `--pid-file=${folder}/mysql.pid`, '--innodb-buffer-pool-size=16M', ...asRoot], { stdio: 'ignore', detached: true });
    children.push(database);
    await waitFor(() => existsSync(socket), 'MariaDB');
    await waitFor(() => (execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' }), true), 'MariaDB');

    cpSync(PLUGIN, join(folder, 'plugins/care-elements'), { recursive: true });
    const salt = () => Math.random().toString(36).slice(2);
    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_PLUGIN_DIR', '${folder}/plugins');
define('WP_PLUGIN_URL', '${url}/care-test-plugins');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${folder}/debug.log');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define('${key}', '${salt()}${salt()}');`).join('\n')}
`
    );
    // Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php; PHP's server
    // passes no environment to $_SERVER, so every request sets it first.
    writeFileSync(join(folder, 'prepend.php'), `<?php $_SERVER['WORDPRESS_CONFIG'] = '${configName}';\n`);
    // The plugin's files are in the temporary folder, outside WordPress's own.
    writeFileSync(
      join(folder, 'router.php'),
      `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/care-test-plugins/') === 0) {
    $file = realpath('${folder}/plugins/' . substr($path, strlen('/care-test-plugins/')));
    if (!$file || strpos($file, '${folder}/plugins/') !== 0 || !is_file($file)) { http_response_code(404); return true; }
    $types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
return false;
`
    );
    writeFileSync(join(folder, 'site.php'), SITE_COMMANDS.replace('@CONFIG@', configName).replace('@HOST@', `127.0.0.1:${port}`));
    const wp = (...args) => execFileSync('php', [join(folder, 'site.php'), ...args], { encoding: 'utf8' }).trim();

    wp('install');
    const server = spawn('php', ['-d', `auto_prepend_file=${folder}/prepend.php`, '-S', `127.0.0.1:${port}`, '-t', WORDPRESS, join(folder, 'router.php')], { stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    children.push(server);
    await waitFor(async () => (await fetch(`${url}/wp-login.php`)).ok, 'PHP server');
    const { applicationPassword } = JSON.parse(wp('author'));
    wp('activate');
    const { samplePosts } = await import(SAMPLE_POSTS);
    writeFileSync(join(folder, 'sample-posts.json'), JSON.stringify(samplePosts()));
    const created = JSON.parse(wp('create-posts', 'author', join(folder, 'sample-posts.json')));
    return { url, folder, author: 'author', authorPassword: 'author-password', applicationPassword, samplePosts: created, wp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

/** Site commands, run as PHP with WordPress loaded, so tests change the site as its admin screens would. */
const SITE_COMMANDS = `<?php
$_SERVER['WORDPRESS_CONFIG'] = '@CONFIG@';
$_SERVER['HTTP_HOST'] = '@HOST@';
$command = $argv[1];
if ($command === 'install') {
    define('WP_INSTALLING', true);
}
// No mail leaves a test site (and Debian has no sendmail to send it).
function wp_mail() { return true; }
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
switch ($command) {
    case 'install':
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Care Elements', 'admin', 'admin@example.org', false, '', wp_generate_password(24));
        break;
    case 'author':
        $id = wp_create_user('author', 'author-password', 'author@example.org');
        (new WP_User($id))->set_role('author');
        [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'care-elements tests']);
        echo json_encode(['applicationPassword' => $password]);
        break;
    case 'user': // login, role: a user whose password is "<login>-password"
        $id = wp_create_user($argv[2], $argv[2] . '-password', $argv[2] . '@example.org');
        (new WP_User($id))->set_role($argv[3]);
        break;
    case 'create-posts': // login, JSON file of [{ title, date, content }]: published as that user, through the filters an Author's posts go through
        wp_set_current_user(get_user_by('login', $argv[2])->ID);
        $created = [];
        foreach (json_decode(file_get_contents($argv[3]), true) as $post) {
            $id = wp_insert_post(wp_slash(['post_title' => $post['title'], 'post_date' => $post['date'], 'post_content' => $post['content'], 'post_status' => 'publish']), true);
            if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
            $created[] = ['id' => $id, 'title' => $post['title']];
        }
        echo json_encode($created);
        break;
    case 'activate':
        $result = activate_plugin('care-elements/care-elements.php');
        if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
        break;
    case 'deactivate':
        deactivate_plugins('care-elements/care-elements.php');
        break;
}
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startWordPress({ port: process.env.PORT ? Number(process.env.PORT) : undefined });
  console.log(`WordPress with the care-elements plugin: ${site.url}/wp-admin/ (Author: ${site.author} / ${site.authorPassword})`);
  for (const post of site.samplePosts) console.log(`Sample post: ${site.url}/?p=${post.id} (${post.title})`);
  console.log('Ctrl+C stops it.');
  const quit = async () => {
    await site.stop();
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}
