var events = {
    recurringEvents: [
        {
            title: "JuKi-Treff",
            description: "Jeden Dienstag von 18-20 Uhr treffen wir uns in der Jugendkirche und planen die nächsten Gottesdienste und Aktionen. Komm vorbei, wir freuen uns immer über neue Gesichter!",
            responsible: "Katrin Berger"
        },
        {
            title: "Jugendtreff",
            description: "Jeden Mittwoch von 16-18 Uhr sind wir für dich in der Jugendkirche. Hier kannst du chillen, quatschen oder andere coole Dinge machen. Komm gerne vorbei, es gibt keinen Haken!",
            responsible: "Katrin Burghardt"
        },
        {
            title: "Nachwuchs Musik und Technik",
            description: "Du hast Lust im Jugendgottesdienst Musik zu machen, oder interessierst dich für Ton- und Lichttechnik? Dann bist du bei uns richtig! Wir sind jeden Donnerstag von 16-18 Uhr in der Jugendkirche und geben dir Raum zum Lernen und Ausprobieren.",
            responsible: "Tobias Pälmke und Ulrike Egermann"
        }
    ],
    oneTimeEvents: [
        {
            date: "02.09.2018 um 18:00 Uhr",
            title: "Interreligiöses Friedensgebet im Lippepark"
        },
        {
            date: "16.09.2018 um 17:00 Uhr",
            title: "Konfi-Jugendgottesdienst",
            description: "Die Jugendkirche bereitet gemeinsam mit einer Konfirmanden-Gruppe aus Bockum-Hövel den Gottesdienst vor.",
            image: "https://www.ev-jugend-hamm.de/wp-content/uploads/2018/02/Plakat_16_09_18-e1535442979212.jpg"
        },
        {
            date: "22.09.2018 um 17:00 Uhr",
            title: "Konfi-Jugendgottesdienst",
            description: "Die Jugendkirche bereitet gemeinsam mit einer Konfirmanden-Gruppe aus Hamm-Mitte den Gottesdienst vor."
        },
        {
            date: "28.09.2018 um 17:00 Uhr",
            title: "Interkulturelles Mitbringbuffet",
            image: "https://www.ev-jugend-hamm.de/wp-content/uploads/2018/08/Plakat_Interkulturelles-Essen-e1533894016801.jpg"
        },
        {
            date: "03.10.2018 um 18:00 Uhr",
            title: "JuKi-Konzert 'Die Band'"
        },
        {
            date: "07.10.2018 um 17:00 Uhr",
            title: "Konfi-Jugendgottesdienst",
            description: "Die Jugendkirche bereitet gemeinsam mit einer Konfirmanden-Gruppe aus Mark-Westtünnen den Gottesdienst vor."
        },
        {
            date: "31.10.2018 um 21:00 Uhr",
            title: "Teens-Disko in der Jugendkirche"
        }
    ]
};