// web-test-runner plugin: `executeServerCommand('accessibility-tree')` returns
// what Chromium exposes to assistive technology for the test page, as
// `{ role, name }` for every node that is not ignored, read over the DevTools
// protocol (Accessibility.getFullAXTree). Other engines have no such protocol,
// and the command fails there saying so.
export const accessibilityTree = () => ({
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.filter((node) => !node.ignored).map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
    } finally {
      await cdp.detach().catch(() => {});
    }
  },
});
