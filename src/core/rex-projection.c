/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "rex-projection.h"

/* The formulas are those of J. P. Snyder, "Map Projections: A Working
 * Manual" (USGS Professional Paper 1395, 1987), §15, for the ellipsoid. */

#define SEMI_MAJOR_KM  6378.137
#define FLATTENING     (1.0 / 298.257223563)
#define PARALLEL_1     45.0
#define PARALLEL_2     51.0
#define DEG            (G_PI / 180.0)

typedef struct
{
  double e;      /* eccentricity */
  double n;      /* cone constant */
  double af;     /* a · F, in km */
  double rho0;   /* radius of the origin's parallel, in km */
} Cone;

static double
m_of (double e,
      double phi)
{
  double s = sin (phi);

  return cos (phi) / sqrt (1 - e * e * s * s);
}

static double
t_of (double e,
      double phi)
{
  double s = sin (phi);

  return tan (G_PI / 4 - phi / 2) / pow ((1 - e * s) / (1 + e * s), e / 2);
}

/* Computed once: the constants take logarithms and powers, and the
 * loader projects every vertex. */
static const Cone *
get_cone (void)
{
  static Cone cone;
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      double e = sqrt (FLATTENING * (2 - FLATTENING));
      double m1 = m_of (e, PARALLEL_1 * DEG), m2 = m_of (e, PARALLEL_2 * DEG);
      double t1 = t_of (e, PARALLEL_1 * DEG), t2 = t_of (e, PARALLEL_2 * DEG);
      double t0 = t_of (e, REX_PROJECTION_ORIGIN_LATITUDE * DEG);

      cone.e = e;
      cone.n = (log (m1) - log (m2)) / (log (t1) - log (t2));
      cone.af = SEMI_MAJOR_KM * m1 / (cone.n * pow (t1, cone.n));
      cone.rho0 = cone.af * pow (t0, cone.n);
      g_once_init_leave (&initialised, 1);
    }

  return &cone;
}

void
rex_projection_forward (double  lon,
                        double  lat,
                        double *x,
                        double *y)
{
  const Cone *cone = get_cone ();
  double rho = cone->af * pow (t_of (cone->e, lat * DEG), cone->n);
  double theta = cone->n * (lon - REX_PROJECTION_CENTRAL_MERIDIAN) * DEG;

  *x = rho * sin (theta);
  *y = cone->rho0 - rho * cos (theta);
}

gboolean
rex_projection_inverse (double  x,
                        double  y,
                        double *lon,
                        double *lat)
{
  const Cone *cone = get_cone ();
  double dy = cone->rho0 - y;
  double rho = hypot (x, dy);
  double theta, t, phi, lambda;

  if (!isfinite (rho) || rho == 0)
    return FALSE;

  theta = atan2 (x, dy);
  lambda = REX_PROJECTION_CENTRAL_MERIDIAN + theta / cone->n / DEG;
  if (lambda < -180 || lambda > 180)
    return FALSE;

  t = pow (rho / cone->af, 1 / cone->n);
  /* φ appears on both sides of Snyder's (7-9); the fixed-point
   * iteration gains about three digits a step. */
  phi = G_PI / 2 - 2 * atan (t);
  for (guint i = 0; i < 16; i++)
    {
      double s = cone->e * sin (phi);
      double next = G_PI / 2 - 2 * atan (t * pow ((1 - s) / (1 + s), cone->e / 2));

      if (fabs (next - phi) < 1e-14)
        {
          phi = next;
          break;
        }
      phi = next;
    }

  *lon = lambda;
  *lat = phi / DEG;
  return isfinite (*lat);
}
