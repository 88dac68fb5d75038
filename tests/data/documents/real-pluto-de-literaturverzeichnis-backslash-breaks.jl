### A Pluto.jl notebook ###
# v0.15.1

using Markdown
using InteractiveUtils

# ╔═╡ 30e9b066-6796-4670-98c7-be8476adebfd
begin
	import Pkg
	Pkg.activate(mktempdir())
	Pkg.add([
			"PlutoUI",
			"JuMP",
			"GLPK",
			"DataFrames"
			])
	using PlutoUI
	using JuMP
	using GLPK
	using DataFrames
end

# ╔═╡ 056db7e6-fb6d-4714-9dcb-21172a2cc31e
PlutoUI.TableOfContents(title="Inhaltsverzeichnis", aside=true)

# ╔═╡ a4143656-cdf5-11eb-3517-551d69401a1d
md"""# Modellierung logischer Aussagen - das "Einstein Rätsel" """

# ╔═╡ 91c0d672-99b2-4aa4-aa2e-5ea1ae4155a7
md"""## Einleitung

Kombinatorische Optimierungsprobleme sind allgegenwärtige Alltagsaufgaben, und als herausfordernde Aufgaben sind sie in mehreren wissenschaftlichen Bereichen interessant. Eines der bekanntesten Beispiele aus dem Bereich der kombinatorischen Optimierung, das Albert Einstein zugeschrieben wird, ist das "Einstein-Rätsel" [1]. In der Literatur ist dieses Problem auch als "Zebra-Rätsel" [2] bekannt und wird oft mit Lewis Carroll in Verbindung gebracht [3].
"""

# ╔═╡ 001e539b-e9a9-4248-861f-168702403065
begin
	result = Array{Union{Nothing, String}}(nothing, 2, 1)
	for i in 1:5
		for j in 1:5
			if S[i,j] == "Wasser"
				result[1,1] = string("Der ", S[1,j], " trinkt ", S[i,j], ".")
			end
			if S[i,j] == "Zebra"
				result[2,1] = string("Dem ", S[1,j], " gehört das ", S[i,j], ".")
			end
		end
	end 
end

# ╔═╡ 1ef35d33-c4b8-4bb7-b09e-d3190954a7d0
md"""
Die Antwort auf die Fragen, wer trinkt Wasser und wem gehört das Zebra, lautet wie folgt:
"""

# ╔═╡ e3abcdba-e840-44a9-869b-932287996a2f
result

# ╔═╡ 3813a5a5-66af-4878-86ca-24c127986449
md"""## Literaturverzeichnis

[1] Plenert, G. J. 2014: Supply Chain Optimization Through Segmentation and Analytics, CRC Press, London.\

[2] Gregor, M.; Zábovská, K.; Smataník, V. 2015: The zebra puzzle and getting to know your tools. Intelligent Engineering Systems (INES), 2015 IEEE 19th International Conference on: IEEE; pp. 159-164.\

[3] Crabtree, J.; Zhang, X. 2015: Recognizing and Managing Complexity: Teaching Advanced Programming Concepts and Techniques Using the Zebra Puzzle, Journal of Information Technology Education: Innovations in Practice, 14 pp. 171-189.\

[4] Browne, C. 2013: Deductive search for logic puzzles. Computational Intelligence in Games (CIG), 2013 IEEE Conference on: IEEE; pp. 1-8.\

[5] Kumar, V. 1992: Algorithms for constraint-satisfaction problems: A survey, AI magazine, 13 (1), pp. 32-44.\

[6] Smith, B. M. 2001: Constructing an asymptotic phase transition in random binary constraint satisfaction problems, Theoretical Computer Science, 265 (1), pp. 265-283, https://doi.org/10.1016/S0304-3975(01)00166-9\

[7] Makhorin, A. 2012: GLPK (GNU Linear Programming Kit), [Online], Available: https://www.gnu.org/software/glpk/


"""

# ╔═╡ 6d26cf21-b684-4780-99b5-72bd833499de
md"""## Anhang"""

# ╔═╡ 67da20bd-ae64-43e7-9bdc-3211451ae334
md"""
Es folgt der für diese Arbeit implementierte - zusammengefasste - Julia/(JuMP)-Code:
"""

# ╔═╡ 99ebdfb5-50c6-44a8-ae95-42f8b5717f61
#.	#Thema E Modellierung logischer Aussagen das "Einstein Rätsel".
#.	
#.	#Benötigte Packages
#.	using JuMP
#.	using GLPK
#.	
#.	#Erzeugung des Modells und Wahl des Optimierers
#.	einstein_raetsel = Model(GLPK.Optimizer)
#.
#.	#Optimierung des Modells
#.	optimize!(einstein_raetsel)
#.	
#.	#Ausgabe der Lösung
#.	display(S)
#. 	display(result)



# ╔═╡ 808b32f9-a431-417b-977d-87b034ccd8d3
md"""
Der Code ist auskommentiert, da sonst Fehlermeldungen bezüglich doppelter Benennung  der Variablen etc. entstehen. Zur Ausführung in die Julia IDE einfügen und die `#.` entfernen.
"""

# ╔═╡ Cell order:
# ╟─30e9b066-6796-4670-98c7-be8476adebfd
# ╟─056db7e6-fb6d-4714-9dcb-21172a2cc31e
# ╟─a4143656-cdf5-11eb-3517-551d69401a1d
# ╟─91c0d672-99b2-4aa4-aa2e-5ea1ae4155a7
# ╠═001e539b-e9a9-4248-861f-168702403065
# ╟─1ef35d33-c4b8-4bb7-b09e-d3190954a7d0
# ╟─e3abcdba-e840-44a9-869b-932287996a2f
# ╟─3813a5a5-66af-4878-86ca-24c127986449
# ╟─6d26cf21-b684-4780-99b5-72bd833499de
# ╟─67da20bd-ae64-43e7-9bdc-3211451ae334
# ╠═99ebdfb5-50c6-44a8-ae95-42f8b5717f61
# ╟─808b32f9-a431-417b-977d-87b034ccd8d3
