namespace Stats.Etl.Synthetic;

/// <summary>
/// Name lists per country of birth, chosen to exercise normalisation: diacritics (Ș, ő, ř, ł), letters that do not
/// decompose (ß, Ł, Ø, Æ, Đ, ı, Þ), hyphenated and multi-part names, apostrophes. Invented combinations, no real persons.
/// </summary>
internal static class NamePools
{
    private static readonly NamePool[] Pools =
    [
        Pool("AT", "AUT", "Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Größinger Pölzl Strauß Köhler Jäger Brunner Baumgartner Lechner Wallner Aigner Schögl Draxler",
            null, "Anna Maria Lena Sophie Katharina Julia Theresa Valentina Marie-Luise Anna-Lena Zoë Jasmin Lea Viktoria Selina",
            "Lukas David Tobias Jakob Maximilian Felix Elias Florian Stefan Jürgen Günther Karl-Heinz Matthäus Dominik"),
        Pool("DE", "DEU", "Schäfer Krüger Weiß Hoffmann Zimmermann Braun Köhler Schröder Neumann Schwarz Voß Jürgens",
            null, "Jana Lisa Jülide Hanna Katrin Sabine Franziska", "Jörg Uwe Sven Björn Jens Matthias"),
        Pool("RO", "ROU", "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin Șerban Ștefănescu Tănase Lungu Mocanu Bălan Dinu Enache Nistor Țurcanu Răducanu",
            null, "Ioana Elena Maria Andreea Mădălina Alexandra Cristina Mihaela Roxana Florentina Ana-Maria Georgiana Bianca Ștefania",
            "Andrei Ion Mihai Alexandru Ștefan Gheorghe Constantin Florin Marius Bogdan Vasile Cătălin Ionuț"),
        Pool("BG", "BGR", "Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Angelov Yordanov Kostadinov",
            "Ivanova Georgieva Dimitrova Petrova Nikolova Hristova Stoyanova Todorova Angelova Yordanova Kostadinova",
            "Maria Ivanka Desislava Yordanka Tsvetelina Gergana Radostina Kalina Mila", "Georgi Ivan Dimitar Nikolay Stoyan Hristo Yordan Kaloyan"),
        Pool("HU", "HUN", "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz Szőke Vörös",
            null, "Eszter Katalin Zsófia Anikó Réka Tímea Krisztina Erzsébet Bernadett", "László István József Zoltán Gábor Attila Péter Dániel Ödön"),
        Pool("SK", "SVK", "Horváth Kováč Varga Tóth Baláž Molnár Lukáč Oláh Mižigár Gašpar", "Horváthová Kováčová Vargová Tóthová Balážová Molnárová Lukáčová Oláhová Mižigárová Gašparová",
            "Zuzana Petra Lucia Jana Mária Veronika Dominika Ľubica", "Peter Martin Tomáš Jozef Ján Michal Ľuboš Dušan"),
        Pool("CZ", "CZE", "Novák Dvořák Černý Procházka Kučera Veselý Svoboda Polák Růžička", "Nováková Dvořáková Černá Procházková Kučerová Veselá Svobodová Poláková Růžičková",
            "Kateřina Tereza Lenka Markéta Zdeňka", "Jiří Lukáš Tomáš Václav Ondřej"),
        Pool("PL", "POL", "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Woźniak Dąbrowski Kozłowski Mazur Łukasik Żak",
            "Nowak Kowalska Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska Woźniak Dąbrowska Kozłowska Mazur Łukasik Żak",
            "Anna Katarzyna Małgorzata Agnieszka Joanna Żaneta Łucja Urszula", "Piotr Krzysztof Andrzej Tomasz Łukasz Paweł Michał Grzegorz"),
        Pool("HR", "HRV", "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Šarić", null,
            "Ivana Ana Marija Maja Mirjana Snježana", "Ivan Marko Luka Nikola Tomislav Đuro"),
        Pool("SI", "SVN", "Novak Horvat Krajnc Zupančič Potočnik Kovač Mlakar Vidmar", null, "Nina Špela Urška Tjaša", "Luka Žan Matej Jure"),
        Pool("IT", "ITA", "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci De_Luca D'Angelo Dell'Acqua", null,
            "Giulia Francesca Chiara Noemi", "Luca Marco Giuseppe Niccolò"),
        Pool("FR", "FRA", "Lefèvre Dubois Gérard Bélanger Leroy Moreau Faÿ Cœurdevey", null, "Hélène Chloé Zoé Anaïs Maëlle", "François Jérôme Loïc Noël"),
        Pool("DK", "DNK", "Sørensen Jørgensen Kjær Møller Bæk Løvgreen", null, "Lærke Søs Åse Mette", "Søren Bjørn Jørn Mads"),
        Pool("NO", "NOR", "Løvland Sæbø Bråten Haugå Økland", null, "Ingrid Åsne Solveig", "Øyvind Bjørn Ståle"),
        Pool("IS", "ISL", "Þórsdóttir Guðmundsdóttir Jónsdóttir", null, "Þórunn Guðrún Sigríður", "Sigurður Þór Ólafur"),
        Pool("NG", "NGA", "Okafor Okonkwo Adeyemi Eze Nwosu Ogunleye Chukwu Obi Balogun Afolabi Ibrahim Bello Osagie Igbinosa Omoregie Uwaifo Ehigiator Edo-Osagie",
            null, "Blessing Precious Joy Favour Faith Gift Esther Mercy Chioma Ngozi Oluwaseun Osas Ifeoma Princess",
            "Emeka Chinedu Oluwatobi Ikenna Osaro Ehis Uche Tunde Segun Godwin"),
        Pool("RS", "SRB", "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Đukić", null,
            "Jelena Dragana Snežana Milica Jovana Ivana", "Miloš Dragan Stefan Đorđe Nemanja Aleksandar"),
        Pool("BA", "BIH", "Hodžić Begić Mehmedović Hadžić Kovačević Delić Čaušević Muratović", null, "Amra Lejla Emina Selma Aida", "Emir Adnan Haris Edin Mirza"),
        Pool("UA", "UKR", "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Moroz Boyko Melnyk", null,
            "Olena Iryna Natalia Oksana Tetiana Yulia Kateryna", "Oleksandr Serhii Andrii Dmytro Mykola Yurii"),
        Pool("MD", "MDA", "Rusu Ceban Cojocaru Ciobanu Lupu Țurcan Bălan Guțu", null, "Ana Victoria Mariana Cristina Doina", "Ion Vasile Mihail Sergiu Nicolae"),
        Pool("CN", "CHN", "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou", null, "Mei Xiu_Ying Li_Na Jing Yan Hui", "Wei Jun Lei Qiang Jian Hao"),
        Pool("TR", "TUR", "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Kılıç", null,
            "Ayşe Fatma Emine Zeynep Elif Özlem Gül Büşra", "Mehmet Mustafa Ahmet Ali Hüseyin İbrahim Murat Uğur"),
        Pool("TH", "THA", "Srisuk Saetang Wongsa Chaiyaporn Boonmee", null, "Malee Siriporn Nittaya Kanya", "Somchai Anan Prasert"),
        Pool("PH", "PHL", "Santos Reyes Cruz Bautista Garcia Dela_Cruz Mendoza", null, "Maria_Luisa Rosalie Jocelyn Ma._Teresa", "Jose Mark_Anthony Rodel"),
        Pool("VN", "VNM", "Nguyen Tran Le Pham Hoang Vu Dang", null, "Thi_Lan Thi_Hoa Thi_Mai Ngoc_Anh", "Van_Minh Van_Hung Duc_Anh"),
        Pool("BR", "BRA", "Silva Santos Oliveira Souza Conceição Gonçalves Araújo", null, "Ana_Paula Fernanda Luíza Joana Conceição", "João José Luís Caíque"),
        Pool("MA", "MAR", "El_Amrani Benali Ouahbi El_Idrissi Bennani", null, "Fatima-Zahra Khadija Salma Nadia", "Youssef Mohammed Hamza Rachid"),
        Pool("SY", "SYR", "Al-Hassan Haddad Al-Khatib Darwish Saleh", null, "Maryam Rasha Lina Hiba", "Omar Ahmad Khaled Samer"),
        Pool("AF", "AFG", "Rahimi Ahmadi Hosseini Karimi Sultani", null, "Fatemeh Zahra Shabnam Farzana", "Mohammad Ahmad Farid Jawid"),
        Pool("DO", "DOM", "Peña Núñez Rodríguez Pérez Jiménez", null, "Yésica Mariela Ángela Rosaura", "Ramón José Ángel Yunior"),
        Pool("VE", "VEN", "Gómez Hernández Martínez Díaz Muñoz", null, "María_José Andreína Yusmary", "Jesús Óscar Luis Ángel"),
    ];

    private static readonly Dictionary<string, NamePool> ByCountry = Pools.ToDictionary(p => p.Country, StringComparer.Ordinal);

    public static IReadOnlyList<NamePool> All => Pools;

    public static NamePool For(string country) => ByCountry[country];

    public static string Alpha3(string country) => ByCountry[country].Alpha3;

    private static NamePool Pool(string country, string alpha3, string surnames, string? femaleSurnames, string female, string male)
    {
        var surnameList = Split(surnames);
        return new NamePool(country, alpha3, surnameList, femaleSurnames is null ? surnameList : Split(femaleSurnames), Split(female), Split(male));
    }

    // Lists are space-separated; '_' joins the words of a multi-part name ("Dela_Cruz", "Thi_Lan").
    private static string[] Split(string names) =>
        [.. names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Replace('_', ' '))];
}
