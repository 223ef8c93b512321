package lang

// malay is the Malay catalogue: every English sentence the product shows, as
// Malaysian founders write about retention (the terms of the source
// articles: pengekalan hasil bersih, pelanggan, peratus, bilion).
var malay = map[Key]string{}
