# La consola de revisión.

console-title = Consola de Heard
console-heading = Consola de revisión
console-coming = El inicio de sesión para revisores llega en la próxima versión. Aquí todavía no se puede leer nada.
