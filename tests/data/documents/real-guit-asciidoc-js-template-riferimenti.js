export const SAMPLE = `= Grammatica

==== Elemento elenco

----
elementoElenco ::= (elementoTesto,(elenco|paragrafoElenco|continuazioneElenco)*)
----


:numbered!:
[bibliography]
== Riferimenti bibliografici

- [[[sapercomunicare]]] Beccari, C.; Canavero, F.; Rossetti, U. & Valabrega, P. https://www.guitex.org/home/images/doc/sapercomunicare.pdf[Saper comunicare: cenni di scrittura tecnico-scientifica]. Politecnico di Torino. v.2.7. 2017.
`;
