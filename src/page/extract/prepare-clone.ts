/**
 * The copy of the page Readability reads (it rewrites whatever it is given, so never the live page):
 * open shadow roots copied in as ordinary children so web-component pages keep their text, declarative
 * shadow DOM unwrapped, other <template>s (inert markup) removed.
 */

const MAX_SHADOW_DEPTH = 4;

type Root = Document | ShadowRoot | Element;

/** Child-index path from `root` down to `el`, to find the same element in a copy of `root`. */
function pathTo(root: Root, el: Element): number[] | null {
  const path: number[] = [];
  let node: Node = el;
  while (node !== root) {
    const parent = node.parentNode as (Node & ParentNode) | null;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return path;
}

function follow(root: Root, path: number[]): Element | null {
  let node: Root | Element | null = root;
  for (const i of path) node = node?.children[i] ?? null;
  return node as Element | null;
}

/** Copies the open shadow roots under `live` into the matching elements under `copy`, recursively. */
function copyShadowRoots(live: Root, copy: Root, clone: Document, depth: number): void {
  if (depth > MAX_SHADOW_DEPTH) return;
  const hosts: Element[] = [];
  const all = live.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el?.shadowRoot) hosts.push(el);
  }
  // Find every target before changing the copy, so the paths stay valid.
  const pairs = hosts.map((host) => {
    const path = pathTo(live, host);
    return [host, path ? follow(copy, path) : null] as const;
  });
  for (const [host, target] of pairs) {
    const shadow = host.shadowRoot;
    if (!shadow || !target) continue;
    const wrapper = clone.createElement('div');
    for (const child of Array.from(shadow.childNodes)) wrapper.append(clone.importNode(child, true));
    // Slotted light children render inside the shadow tree; they stay after it.
    target.prepend(wrapper);
    copyShadowRoots(shadow, wrapper, clone, depth + 1);
  }
}

export function prepareClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  copyShadowRoots(doc, clone, clone, 0);
  for (const template of Array.from(clone.getElementsByTagName('template'))) {
    if (template.hasAttribute('shadowrootmode') || template.hasAttribute('shadowroot')) {
      const content = (template as HTMLTemplateElement).content ?? template;
      template.replaceWith(...Array.from(content.childNodes));
    } else template.remove();
  }
  return clone;
}
