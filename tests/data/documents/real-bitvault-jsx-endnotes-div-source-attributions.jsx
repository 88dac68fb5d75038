              <p>The week ahead brings thin holiday liquidity and potential for outsized moves on modest volume. Positioning should reflect this reality. The regime, however, is clear: we are in a world of structural dollar liquidity support, rising Japanese rates, and Bitcoin consolidating after its largest rally in two years. <strong>BitVault is positioned precisely where these forces converge.</strong></p>

              <div className="endnotes">
                <h2>Endnotes</h2>
                <ol>
                  <li>Federal Reserve, Summary of Economic Projections, December 2025.</li>
                  <li>Federal Reserve Bank of New York, Open Market Operations Statement, December 2025.</li>
                  <li>Reuters; Financial Times; AP News, Bank of Japan policy decision, December 19, 2025.</li>
                  <li>Coinbase, Bitcoin price data.</li>
                  <li>CoinDesk, U.S. Bitcoin ETF flows, December 18, 2025.</li>
                  <li>Arkham Intelligence, Stablecoin Market Research, 2025.</li>
                </ol>
              </div>
            </div>
          </article>
        </main>
        <Footer />
      </div>
    </>
  );
}
