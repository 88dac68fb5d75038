const CustomPage = () => {
    return (
        <Box>
            <>
                <div id="quarto-content">
                    <main className="content" id="quarto-document-content">
                        <section id="discussion" className="level2" data-number={6}>
                            <h2 data-number={6} className="anchored" data-anchor-id="discussion">
                                <span className="header-section-number">6</span> Discussion
                            </h2>
                            <p>
                                Perhaps the observed results are connected to the underlying logic of
                                the PageRank algorithm itself, which prioritizes websites with large
                                number of links to other sites. The extent to which this behavior is
                                connected to underlying privacy practices is an opportunity for future
                                work.
                            </p>
                        </section>
                        <section
                            id="references"
                            className="level2 unnumbered"
                            data-number={7}
                        ></section>
                        <div id="quarto-appendix" className="default">
                            <section
                                className="quarto-appendix-contents"
                                role="doc-bibliography"
                                id="quarto-bibliography"
                            >
                                <h2 className="anchored quarto-appendix-heading">7 References</h2>
                                <div
                                    id="refs"
                                    className="references csl-bib-body hanging-indent"
                                    data-entry-spacing={0}
                                    role="list"
                                >
                                    <div id="ref-Baek2025" className="csl-entry" role="listitem">
                                        Bæk, Daniel Højris. 2025.{" "}
                                        <span>
                “AI Overviews Deliver MORE Traffic Than Featured Snippets,
                According to Study.”
              </span>{" "}
                                        <a href="https://seo.ai/blog/ai-overviews-deliver-more-traffic-than-featured-snippets-according-to-study">
                                            https://seo.ai/blog/ai-overviews-deliver-more-traffic-than-featured-snippets-according-to-study
                                        </a>
                                        .
                                    </div>
                                    <div id="ref-GoogleGenAI" className="csl-entry" role="listitem">
                                        Google. 2024.{" "}
                                        <span>
                “Generative AI in Search: Let Google Do the Searching for You.”
              </span>{" "}
                                        <a href="https://blog.google/products/search/generative-ai-google-search-may-2024/">
                                            https://blog.google/products/search/generative-ai-google-search-may-2024/
                                        </a>
                                        .
                                    </div>
                                </div>
                            </section>
                        </div>
                    </main>
                    {/* /main column */}
                </div>{" "}
                {/* /content */}
            </>

        </Box>
    );
};

export default CustomPage;
