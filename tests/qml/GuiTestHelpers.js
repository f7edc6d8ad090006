// SPDX-License-Identifier: GPL-3.0-or-later
.pragma library

// Depth-first search of the visual tree below root for an item with the objectName;
// with visibleOnly, hidden subtrees (such as closed dialogs) are skipped.
function findItem(root, objectName, visibleOnly) {
    if (!root || (visibleOnly && root.visible === false))
        return null
    if (root.objectName === objectName)
        return root
    const children = root.children || []
    for (let i = 0; i < children.length; ++i) {
        const found = findItem(children[i], objectName, visibleOnly)
        if (found)
            return found
    }
    return null
}

// Every item below root with the objectName, in tree order.
function findAll(root, objectName, found) {
    found = found || []
    if (!root)
        return found
    if (root.objectName === objectName)
        found.push(root)
    const children = root.children || []
    for (let i = 0; i < children.length; ++i)
        findAll(children[i], objectName, found)
    return found
}

// Scrolls the Flickable so the item is inside its viewport, so a click lands on it.
function scrollIntoView(flickable, item) {
    const position = item.mapToItem(flickable.contentItem, 0, 0)
    const top = Math.max(0, Math.min(position.y - 40, flickable.contentHeight - flickable.height))
    flickable.contentY = top
}

// The item and its ancestors, innermost first: layouts along this chain must have been
// polished before the item's position can be trusted.
function ancestors(item) {
    const chain = []
    for (let current = item; current; current = current.parent)
        chain.push(current)
    return chain
}

// The item below root with the objectName; the test fails, naming it, when there is none.
function requireItem(testCase, root, objectName, visibleOnly) {
    const found = findItem(root, objectName, visibleOnly)
    testCase.verify(found, (visibleOnly ? "no visible item named " : "no item named ") + objectName)
    return found
}

// The visible item with the objectName in an open dialog; overlay is the window's Overlay.overlay.
function requireDialogItem(testCase, overlay, objectName) {
    const found = findItem(overlay, objectName, true)
    testCase.verify(found, "no dialog item named " + objectName)
    return found
}
