    W(r'\section{Interpretaci\'on Geod\'esica}')
    W(r'\begin{itemize}')
    W(f'  \\item El \\textbf{{Orden~0}} (${fmt(d["o0"],2)}$\\,J\\,kg$^{{-1}}$) representa la masa puntual')
    W(r'        equivalente a toda la masa terrestre. Aporta $>99{,}9\,\%$ del total.')
    W(r'\end{itemize}')

    W(r'\begin{thebibliography}{9}')
    W(r'\bibitem{H67} W.\,A.~Heiskanen y H.~Moritz,')
    W(r'  \textit{Physical Geodesy}. W.\,H.~Freeman, 1967.')
    W(r'\bibitem{M80} H.~Moritz, ``GRS~1980\'\',')
    W(r'  \textit{Bull.\ G\'eod.}, 54:395--405, 1980.')
    W(r'\bibitem{T01} W.~Torge, \textit{Geodesy}, 3$^\text{rd}$~ed. de Gruyter, 2001.')
    W(r'\end{thebibliography}')
    W(r'\end{document}')

    return '\n'.join(lines)

# ── Rutas Flask ───────────────────────────────────────────────────────────
@app.route("/")
def index():
    return send_from_directory(os.path.join(BASE, "templates"), "index.html")
