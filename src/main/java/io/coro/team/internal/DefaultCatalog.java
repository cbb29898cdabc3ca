package io.coro.team.internal;

import java.util.List;

/**
 * The competences every new workspace starts with: what a small business needs to face its customers on social
 * networks. Keywords are the words customers and colleagues use; the search matches questions against them.
 */
final class DefaultCatalog {

    private DefaultCatalog() {}

    static final List<Competence> COMPETENCES = List.of(
            c(
                    "customer-care",
                    "Customer care",
                    "Assistenza clienti",
                    "question, information, opening hours, open, closed, booking, reservation, order status, help, contact, availability",
                    "domanda, informazioni, orari, orario, aperto, chiuso, apertura, prenotazione, prenotare, stato ordine, aiuto, contatto, disponibilità"),
            c(
                    "product-knowledge",
                    "Product knowledge",
                    "Conoscenza dei prodotti",
                    "product, ingredients, recipe, allergens, price, menu, catalogue, fresh, shelf life",
                    "prodotto, ingredienti, ricetta, allergeni, prezzo, listino, menu, catalogo, fresco, scadenza, conservazione"),
            c(
                    "copywriting",
                    "Copywriting",
                    "Scrittura dei testi",
                    "caption, text, copy, headline, story, newsletter, writing, blog",
                    "didascalia, testo, titolo, storia, newsletter, scrivere, scrittura, blog"),
            c(
                    "photography",
                    "Photography",
                    "Fotografia",
                    "photo, picture, image, shoot, lighting, camera",
                    "foto, fotografia, immagine, scatto, luce, fotocamera"),
            c(
                    "video",
                    "Video",
                    "Video",
                    "video, reel, stories, editing, filming, clip, live",
                    "video, reel, storie, montaggio, riprese, clip, diretta"),
            c(
                    "complaints",
                    "Complaints handling",
                    "Gestione dei reclami",
                    "complaint, complain, refund, broken, wrong, late, bad, disappointed, problem, angry, return, unacceptable",
                    "reclamo, lamentela, rimborso, rotto, sbagliato, ritardo, pessimo, deluso, delusa, problema, arrabbiato, reso, inaccettabile"),
            c(
                    "technical-support",
                    "Technical support",
                    "Assistenza tecnica",
                    "website, app, payment, card, login, error, not working, bug, online order, password",
                    "sito, app, pagamento, carta, accesso, errore, non funziona, ordine online, password"),
            c(
                    "sales",
                    "Sales",
                    "Vendite",
                    "quote, price list, wholesale, discount, offer, purchase, buy, catering, business, corporate gift",
                    "preventivo, listino, ingrosso, sconto, offerta, acquisto, comprare, catering, aziende, regalo aziendale"),
            c(
                    "events",
                    "Events",
                    "Eventi",
                    "event, party, wedding, birthday, workshop, tasting, celebration, christening",
                    "evento, festa, matrimonio, compleanno, laboratorio, degustazione, cerimonia, battesimo, comunione"),
            c(
                    "community",
                    "Community management",
                    "Gestione della community",
                    "comment, follower, community, contest, giveaway, review, mention, collaboration, influencer",
                    "commento, follower, community, concorso, giveaway, recensione, menzione, collaborazione, influencer"),
            c(
                    "delivery",
                    "Shipping and delivery",
                    "Spedizioni e consegne",
                    "delivery, shipping, courier, tracking, pick up, pickup, address, deliver",
                    "consegna, spedizione, corriere, tracciamento, ritiro, indirizzo, domicilio, consegnare"),
            c(
                    "graphic-design",
                    "Graphic design",
                    "Grafica",
                    "graphic, design, logo, poster, flyer, template, layout",
                    "grafica, design, logo, locandina, volantino, modello, impaginazione"),
            c(
                    "analytics",
                    "Analytics",
                    "Analisi dei dati",
                    "statistics, analytics, metrics, reach, engagement, report, insights",
                    "statistiche, analisi, metriche, copertura, coinvolgimento, report"),
            c(
                    "languages-tourists",
                    "Foreign customers",
                    "Clienti stranieri",
                    "tourist, tourists, foreign, abroad, international, translation",
                    "turista, turisti, straniero, stranieri, estero, internazionale, traduzione"));

    private static Competence c(String code, String en, String it, String keywordsEn, String keywordsIt) {
        return new Competence(null, code, en, it, keywordsEn, keywordsIt, false, code.equals("complaints"));
    }
}
