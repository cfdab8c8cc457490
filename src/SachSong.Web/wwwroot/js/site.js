// SachSong: small behaviours that need no inline script (the content security policy forbids inline scripts).
document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-confirm]");
  if (target && !window.confirm(target.getAttribute("data-confirm"))) event.preventDefault();
});
