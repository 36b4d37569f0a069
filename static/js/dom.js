// Small builders for the elements the room's scripts make again and again.

// A button that submits nothing: it shows `label` and runs `onClick` when pressed.
export function makeButton(label, className, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = label;
  if (onClick) button.addEventListener("click", onClick);
  return button;
}

// Text that only a screen reader says, such as whose share a button acts on.
export function screenReaderText(text) {
  const span = document.createElement("span");
  span.className = "visually-hidden";
  span.textContent = text;
  return span;
}
