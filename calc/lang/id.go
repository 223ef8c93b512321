package lang

// indonesian is the Indonesian catalogue: every English sentence the product
// shows, as Indonesian founders write about retention (the terms of the
// source articles: retensi pendapatan bersih, ekspansi, churn, pelanggan).
var indonesian = map[Key]string{}
