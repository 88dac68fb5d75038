# -*- coding: utf-8 -*-
"""
Geodesy
=======

All methods above can be used for cartography and basic gravitational
references. For more advanced and precise estimations it is recommended to use
the `EGM2008 <https://earth-info.nga.mil/GandG/wgs84/gravitymod/egm2008/>`_,
which is defined, like the WMM, with spherical harmonics, but of degree 2190
and order 2159.

Because of its high complexity and demanding computation, the implementation of
the EGM2008 is left out of this module in favour of the more convenient
applications developed in `Fortran by the NGA <https://earth-info.nga.mil/GandG/wgs84/gravitymod/egm2008/egm08_wgs84.html>`_.

Footnotes
---------
.. [#] The most precise EGM2008 defines the potential of gravitational force in
    terms of spherical harmonics. But that definition is out of the scope of
    this package.

References
----------
.. [WGS84] World Geodetic System 1984. Its Definition and Relationships with
    Local Geodetic Systems. National Geospatial-Intelligence Agency (NGA)
    Standarization Document. 2014.
    (ftp://ftp.nga.mil/pub2/gandg/website/wgs84/NGA.STND.0036_1.0.0_WGS84.pdf)
.. [Heiskanen] Heiskanen, W. A. and Moritz, H. Physical Geodesy. W. H. Freeman
    and Company. 1967.
.. [WELMEC2021] WELMEC Directives 2014/31/EU and 2014/32/EU: Common Application.
    Non-Automatic Weighing Instruments (NAWI); Automatic Weighing Instruments
    (AWI); Multi-dimensional Measuring Instruments (MDMI.)
    (https://www.welmec.org/welmec/documents/guides/2/2021/WELMEC_Guide_2_v2021.pdf)
.. [Lambert] Walter D. Lambert. The International Gravity Formula. U.S. Coast
    and Geodetic Survey. 1945. (http://earth.geology.yale.edu/~ajs/1945A/360.pdf)
.. [Somigliana1929] Carlo Somigliana. Teoria generale del campo gravitazionale
    dell'ellissoide di rotazione. Memorie della Società Astronomia Italiana,
    Vol. 4, p.425. 1929
    (http://articles.adsabs.harvard.edu/pdf/1929MmSAI...4..425S)
.. [Tscherning] C. Tscherning. The Geodesist's Handbook 1984. Association
    Internationale de Géodésie. 1984.
    (https://office.iag-aig.org/doc/5d7f91ee333a3.pdf)
"""

import unittest
import numpy as np
from ..common.constants import *

def welmec_gravity(lat: float, h: float = 0.0) -> float:
    """
    Reference normal gravity of WELMEC's gravity zone

    Gravity zones are implemented by European States on their territories for
    weighing instruments that are sensitive to variations of gravity [WELMEC2021]_.
    """
    if abs(lat) > 90.0:
        raise ValueError("Latitude must be between -90.0 and 90.0 degrees.")
    lat *= DEG2RAD
    return 9.780318*(1.0 + 0.0053024*np.sin(lat)**2 - 0.0000058*np.sin(2.0*lat)**2) - 0.000003085*h
