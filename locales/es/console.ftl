# La consola de revisión.

console-title = Consola de Heard
console-heading = Consola de revisión
console-coming = El inicio de sesión para revisores llega en la próxima versión. Aquí todavía no se puede leer nada.

# Alta: una persona invitada elige una contraseña y una aplicación de autenticación.
enrol-title = Configura tu cuenta
# $handle (texto): el nombre de usuario que eligió la persona administradora.
enrol-heading = Te damos la bienvenida, { $handle }
enrol-intro = Elige una contraseña y conecta una aplicación de autenticación. Necesitarás las dos para iniciar sesión.
enrol-password = Contraseña
enrol-password-hint = Al menos 12 caracteres. Una frase de cuatro palabras o más funciona bien.
enrol-password-confirm = Repite la contraseña
enrol-totp-heading = Aplicación de autenticación
enrol-totp-instructions = Escanea el código con tu aplicación de autenticación o escribe en ella la clave de abajo. Después escribe el código de seis cifras que muestra.
enrol-totp-key = Clave
enrol-code = Código de seis cifras
enrol-submit = Terminar la configuración
enrol-done-title = Tu cuenta está lista
enrol-done-body = Puedes iniciar sesión con tu nombre de usuario, tu contraseña y un código de tu aplicación de autenticación.
error-link-invalid = Este enlace no es válido. Puede que ya se haya usado o que haya caducado. Pide uno nuevo a una persona administradora.
# $min (número): la cantidad mínima de caracteres de una contraseña.
error-password-short = La contraseña es demasiado corta: usa al menos { $min } caracteres.
error-password-long = La contraseña es demasiado larga.
error-password-mismatch = Las dos contraseñas no son iguales.
error-code-wrong = Ese código no coincide. Revisa la hora de tu teléfono y prueba con el código más reciente.
